/**
 * An independent reading of what the document must say about the model: every REST method an
 * operation at its path and verb, with its path and query parameters and body, and every
 * constraint of every field it shows as the keyword that carries it. Returns the misses.
 */
import type { Constraints, DocsIr, Field, Message, Method, Service } from '../../../../generator/model/ir.ts';
import { parsePathTemplate } from '../../../../generator/targets/openapi/operation/path-template.ts';

type Json = any;

export function coverageProblems(ir: DocsIr, document: Json): string[] {
  const problems: string[] = [];
  const operations = operationsById(document);
  for (const service of ir.services) {
    for (const method of service.methods) {
      if (method.http === null || method.clientStreaming) continue;
      const id = `${service.id}.${method.name}`;
      const found = operations.get(id);
      if (found === undefined) {
        problems.push(`${id}: no operation`);
        continue;
      }
      problems.push(...operationProblems(ir, service, method, found).map((problem) => `${id}: ${problem}`));
    }
  }
  for (const [name, schema] of Object.entries<Json>(document.components.schemas)) {
    const type = ir.types[name];
    if (type?.kind !== 'message') continue;
    for (const field of type.fields) {
      const property = schema.properties?.[field.jsonName];
      if (property === undefined) problems.push(`${name}.${field.jsonName}: no property`);
      else problems.push(...constraintProblems(field, property).map((problem) => `${name}.${field.jsonName}: ${problem}`));
    }
  }
  return problems;
}

function operationsById(document: Json): Map<string, { path: string; verb: string; operation: Json }> {
  const found = new Map<string, { path: string; verb: string; operation: Json }>();
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [verb, operation] of Object.entries<Json>(item)) if (verb !== 'servers') found.set(operation.operationId, { path, verb, operation });
  }
  return found;
}

function operationProblems(ir: DocsIr, service: Service, method: Method, found: { path: string; verb: string; operation: Json }): string[] {
  const http = method.http!;
  const problems: string[] = [];
  const template = parsePathTemplate(http.path);
  if (found.verb !== http.verb.toLowerCase()) problems.push(`verb ${found.verb}`);
  if (parsePathTemplate(found.path).shape !== template.shape) problems.push(`path ${found.path}`);
  const parameters: Json[] = found.operation.parameters ?? [];
  const inPath = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter['x-field'] ?? parameter.name);
  if (inPath.join() !== template.params.join()) problems.push(`path parameters ${inPath.join()}`);
  const inQuery = parameters.filter((parameter) => parameter.in === 'query').map((parameter) => String(parameter.name));
  for (const name of http.queryParams) {
    if (!inQuery.some((query) => query === name || query.startsWith(`${name}.`))) problems.push(`query parameter ${name} missing`);
  }
  if ((http.body === null) !== (found.operation.requestBody === undefined)) problems.push(`body ${http.body}`);
  const request = ir.types[method.request];
  for (const parameter of parameters) {
    const field = request?.kind === 'message' ? fieldAt(ir, request, String(parameter['x-field'] ?? parameter.name)) : undefined;
    if (field !== undefined) problems.push(...constraintProblems(field, parameter.schema).map((problem) => `parameter ${parameter.name}: ${problem}`));
  }
  if (!found.operation.tags.includes(service.id)) problems.push('not tagged with its service');
  if (method.pagination !== null && found.operation['x-pagination'] === undefined) problems.push('no x-pagination');
  if (method.operation !== null && found.operation['x-operation'] === undefined) problems.push('no x-operation');
  return problems;
}

function fieldAt(ir: DocsIr, message: Message, dotted: string): Field | undefined {
  let current: Message | undefined = message;
  let field: Field | undefined;
  for (const segment of dotted.split('.')) {
    field = current?.fields.find((candidate) => candidate.jsonName === segment);
    const next: unknown = field && 'ref' in field.type ? ir.types[field.type.ref] : undefined;
    current = (next as Message | undefined)?.kind === 'message' ? (next as Message) : undefined;
  }
  return field;
}

/** Each stated constraint, where the mapping puts it: on each value (the item of an array), the counts on the whole. */
function constraintProblems(field: Field, schema: Json): string[] {
  const c: Constraints = field.constraints;
  const value = field.map ? schema : field.repeated ? schema.items : schema;
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${what} not stated`);
  };
  if (c.minLength !== undefined) expect(value.minLength === c.minLength, 'minLength');
  if (c.maxLength !== undefined) expect(value.maxLength === c.maxLength, 'maxLength');
  if (c.pattern !== undefined) expect(typeof value.pattern === 'string' || value['x-pattern'] === c.pattern, 'pattern');
  if (c.minimum !== undefined) expect(value.minimum === Number(c.minimum) || value['x-minimum'] === c.minimum, 'minimum');
  if (c.maximum !== undefined) expect(value.maximum === Number(c.maximum) || value['x-maximum'] === c.maximum, 'maximum');
  if (c.allowedValues !== undefined) expect(Array.isArray(value.enum) || Array.isArray(value['x-allowedValues']), 'allowedValues');
  if (c.default !== undefined) expect('default' in value || value['x-default'] === c.default, 'default');
  if (c.minDuration !== undefined) expect(value['x-minDuration'] === c.minDuration, 'minDuration');
  if (c.maxDuration !== undefined) expect(value['x-maxDuration'] === c.maxDuration, 'maxDuration');
  const [min, max] = field.map ? ['minProperties', 'maxProperties'] : ['minItems', 'maxItems'];
  if (c.minItems !== undefined) expect(schema[min] === c.minItems, min);
  if (c.maxItems !== undefined) expect(schema[max] === c.maxItems, max);
  for (const [limits, where] of [[c.mapKey, 'propertyNames'], [c.mapValue, 'additionalProperties']] as const) {
    if (limits === undefined) continue;
    const target = field.map ? schema[where] : schema[where === 'propertyNames' ? 'x-mapKey' : 'x-mapValue'];
    if (limits.maxLength !== undefined) expect(target?.maxLength === limits.maxLength, `${where}.maxLength`);
    if (limits.minLength !== undefined) expect(target?.minLength === limits.minLength, `${where}.minLength`);
    if (limits.pattern !== undefined) expect(typeof target?.pattern === 'string' || target?.['x-pattern'] === limits.pattern, `${where}.pattern`);
  }
  return problems;
}
