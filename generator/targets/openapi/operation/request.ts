import type { Field, HttpBinding, Message } from '../../../model/ir.ts';
import { fieldValueSchema } from '../schema/field.ts';
import { messageSchema } from '../schema/message.ts';
import { describe } from '../schema/text.ts';
import type { SchemaContext, SchemaObject } from '../types.ts';
import type { PathTemplate } from './path-template.ts';

/** What binding a request needs besides schemas: the messages themselves. */
export interface RequestContext extends SchemaContext {
  message(id: string): Message | undefined;
}

/** A request as OpenAPI splits it: path and query parameters, and the body. */
export interface RequestBinding {
  parameters: SchemaObject[];
  requestBody: SchemaObject | undefined;
}

/** A REST request's query parameters beyond this many are a model gone wrong, not an API. */
const MAX_QUERY_PARAMETERS = 1000;

/** Well-known types that are JSON objects or arbitrary values: the transcoding rules give them no query form. */
const NOT_IN_QUERY = new Set(['Struct', 'Value', 'ListValue', 'Any', 'Date', 'TimeOfDay']);

/**
 * Splits a request the way gRPC transcoding (google/api/http.proto) does: the path template
 * binds its fields; `body: "*"` sends every other field as the body, `body: "<field>"` that
 * one field; every field bound by neither is a query parameter, a message field becoming
 * one dotted parameter per leaf (`filter.name`), repeated scalars repeating the key. Fields
 * the docs list as query parameters stay query parameters even beside `body: "*"`.
 */
export function bindRequest(operationId: string, requestId: string, http: HttpBinding, template: PathTemplate, context: RequestContext): RequestBinding {
  const where = `${operationId} (${http.verb} ${http.path})`;
  const request = context.message(requestId);
  const fields = request?.fields ?? [];
  const pathNames = new Set(template.fields);
  const documented = new Set(http.queryParams);
  const queryFields = fields.filter(
    (field) => !pathNames.has(field.jsonName) && (http.body === '*' ? documented.has(field.jsonName) : field.jsonName !== http.body),
  );
  const expander = new QueryExpander(pathNames, context, where);
  const query = queryFields.flatMap((field) => expander.expand(field, requestId, '', true, [requestId]));
  for (const name of documented) {
    if (fields.some((field) => field.jsonName === name)) continue;
    context.warn(`${where}: query parameter ${name} is not a field of the request; typed as string`);
    query.push({ name, in: 'query', schema: { type: 'string' } });
  }
  const parameters = [...template.params.map((name, index) => pathParameter(name, template.fields[index]!, request, context, where)), ...query];
  const omit = new Set([...pathNames, ...queryFields.map((field) => field.jsonName)]);
  return { parameters, requestBody: requestBody(http.body, requestId, request, omit, context, where) };
}

/** A path parameter; `x-field` names the field it binds where the shared path named it otherwise. */
function pathParameter(name: string, fieldPath: string, request: Message | undefined, context: RequestContext, where: string): SchemaObject {
  const binding = { name, in: 'path', required: true, ...(fieldPath === name ? {} : { 'x-field': fieldPath }) };
  const found = request === undefined ? undefined : fieldAt(request, fieldPath.split('.'), context);
  if (found === undefined) {
    context.warn(`${where}: path parameter ${fieldPath} is not a field of the request; typed as string`);
    return { ...binding, schema: { type: 'string' } };
  }
  const { field, owner } = found;
  if (field.repeated || field.map) context.warn(`${where}: path parameter ${fieldPath} is a repeated or map field; a path holds one value`);
  return { ...binding, ...describe(field.description), ...deprecated(field), schema: fieldValueSchema(field, owner, context) };
}

/** The field a dotted path names (`instance.id`), with the id of the message that holds it. */
function fieldAt(message: Message, segments: string[], context: RequestContext): { field: Field; owner: string } | undefined {
  const [head, ...rest] = segments;
  const field = message.fields.find((candidate) => candidate.jsonName === head);
  if (field === undefined || rest.length === 0) return field && { field, owner: message.id };
  const inner = 'ref' in field.type ? context.message(field.type.ref) : undefined;
  return inner && fieldAt(inner, rest, context);
}

class QueryExpander {
  #count = 0;
  #overflowSaid = false;
  constructor(
    private readonly bound: ReadonlySet<string>,
    private readonly context: RequestContext,
    private readonly where: string,
  ) {}

  /** One field's query parameters: itself, or one per leaf of its message, dotted; `trail` holds the messages above, to stop at recursion. */
  expand(field: Field, owner: string, prefix: string, parentRequired: boolean, trail: readonly string[]): SchemaObject[] {
    const name = prefix + field.jsonName;
    if (this.bound.has(name)) return [];
    const required = parentRequired && field.required;
    const leaveOut = (why: string) => {
      this.context.warn(`${this.where}: ${name} ${why}, which gRPC transcoding gives no query form; not a parameter`);
      return [];
    };
    if (field.map) return leaveOut('is a map');
    const message = 'ref' in field.type ? this.context.message(field.type.ref) : undefined;
    if (message !== undefined) {
      if (field.repeated) return leaveOut('is a repeated message');
      if (trail.includes(message.id)) return leaveOut(`recurses into ${message.id}`);
      return message.fields.flatMap((inner) => this.expand(inner, message.id, `${name}.`, required, [...trail, message.id]));
    }
    if ('wellKnown' in field.type && field.type.wellKnown === 'Empty') return [];
    if ('wellKnown' in field.type && NOT_IN_QUERY.has(field.type.wellKnown)) return leaveOut(`is a ${field.type.wellKnown}`);
    if (this.#count === MAX_QUERY_PARAMETERS) return this.#overflow(name);
    this.#count++;
    return [{ name, in: 'query', ...(required ? { required: true } : {}), ...describe(field.description), ...deprecated(field), schema: fieldValueSchema(field, owner, this.context) }];
  }

  #overflow(name: string): SchemaObject[] {
    if (!this.#overflowSaid) this.context.warn(`${this.where}: more than ${MAX_QUERY_PARAMETERS} query parameters; ${name} and the rest are left out`);
    this.#overflowSaid = true;
    return [];
  }
}

function requestBody(
  body: string | null,
  requestId: string,
  request: Message | undefined,
  omit: ReadonlySet<string>,
  context: RequestContext,
  where: string,
): SchemaObject | undefined {
  if (body === null) return undefined;
  const json = (schema: SchemaObject, text: SchemaObject = {}) => ({ required: true, ...text, content: { 'application/json': { schema } } });
  if (body === '*') {
    const whole = request === undefined || !request.fields.some((field) => omit.has(field.jsonName));
    return json(whole ? context.ref(requestId) : messageSchema(request, context, omit));
  }
  const field = request?.fields.find((candidate) => candidate.jsonName === body);
  if (field === undefined) {
    context.warn(`${where}: the body field ${body} is not a field of the request; any JSON value is accepted`);
    return json({});
  }
  return json(fieldValueSchema(field, requestId, context), describe(field.description));
}

function deprecated(field: Field): SchemaObject {
  return field.deprecated ? { deprecated: true } : {};
}
