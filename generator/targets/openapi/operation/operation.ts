import type { HttpBinding, Method, Service } from '../../../model/ir.ts';
import { describe } from '../schema/text.ts';
import type { SchemaObject } from '../types.ts';
import type { PathTemplate } from './path-template.ts';
import { bindRequest, type RequestContext } from './request.ts';
import { ERROR_RESPONSE_REF } from './error-response.ts';

/** `yandex.cloud.mdb.redis.v1.ClusterService.ListBackups`: the full rpc name, unique in any document. */
export function operationIdOf(service: Service, method: Method): string {
  return `${service.id}.${method.name}`;
}

/**
 * One REST method as an Operation Object: tagged with its service, its request split into
 * parameters and body, its response under 200 and the error status under 4XX and 5XX; a
 * long-running method carries its metadata and result types in `x-operation`, a paged one
 * its field names in `x-pagination`.
 */
export function operationObject(service: Service, method: Method, http: HttpBinding, template: PathTemplate, context: RequestContext): SchemaObject {
  const operationId = operationIdOf(service, method);
  const { parameters, requestBody } = bindRequest(operationId, method.request, http, template, context);
  const operation: SchemaObject = { operationId, summary: summaryOf(method), ...describe(method.description), tags: [service.id] };
  if (parameters.length > 0) operation.parameters = parameters;
  if (requestBody !== undefined) operation.requestBody = requestBody;
  const results = operationResults(method, context);
  operation.responses = {
    '200': { description: 'A successful response.', content: { 'application/json': { schema: responseSchema(method, results, context) } } },
    '4XX': { $ref: ERROR_RESPONSE_REF },
    '5XX': { $ref: ERROR_RESPONSE_REF },
  };
  if (results !== undefined) operation['x-operation'] = results;
  if (method.pagination !== null) operation['x-pagination'] = { ...method.pagination };
  if (method.serverStreaming) operation['x-serverStreaming'] = true;
  return operation;
}

/** A long-running method's metadata and result types, as schemas: what its Operation's `Any` fields hold. */
function operationResults(method: Method, context: RequestContext): SchemaObject | undefined {
  if (method.operation === null) return undefined;
  const results: SchemaObject = {};
  if (method.operation.metadata !== null) results.metadata = context.ref(method.operation.metadata);
  if (method.operation.response !== null) results.response = context.ref(method.operation.response);
  return results;
}

/** The response type; for a long-running method, the Operation with its `metadata` and `response` narrowed to their types. */
function responseSchema(method: Method, results: SchemaObject | undefined, context: RequestContext): SchemaObject {
  const response = context.ref(method.response);
  if (results === undefined || Object.keys(results).length === 0) return response;
  return { allOf: [response, { type: 'object', properties: results }] };
}

const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const SUMMARY_LENGTH = 160;

/** The first line of the English description (links reduced to their text) where it is short; else the method's name. */
function summaryOf(method: Method): string {
  const firstLine = (method.description.en ?? '').split('\n', 1)[0]!.slice(0, SUMMARY_LENGTH * 4);
  const plain = firstLine.replace(LINK, '$1').trim();
  return plain !== '' && plain.length <= SUMMARY_LENGTH ? plain : method.name;
}
