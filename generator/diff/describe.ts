import type { Field, HttpBinding, Method, Pagination, TypeRef } from '../model/ir.ts';

/** Short, language-neutral renderings of model values for a change's `before`/`after`. */

export function describeType(type: TypeRef): string {
  if ('scalar' in type) return type.scalar;
  if ('wellKnown' in type) return type.wellKnown;
  return type.ref;
}

/** `string`, `string[]` or `map<string, string>`: a field's type with its shape. */
export function describeFieldType(field: Field): string {
  const type = describeType(field.type);
  if (field.map) return `map<${field.map.key}, ${type}>`;
  return field.repeated ? `${type}[]` : type;
}

export function describeShape(field: Field): string {
  if (field.map) return `map<${field.map.key}, …>`;
  return field.repeated ? 'repeated' : 'single';
}

export function describeStreaming(method: Method): string {
  if (method.clientStreaming && method.serverStreaming) return 'bidi-streaming';
  if (method.clientStreaming) return 'client-streaming';
  return method.serverStreaming ? 'server-streaming' : 'unary';
}

export function describeHttp(http: HttpBinding): string {
  return `${http.verb} ${http.path}`;
}

export function describeBody(body: string | null): string {
  return body ?? '(none)';
}

export function describePagination(pagination: Pagination): string {
  const { pageSize, pageToken, nextPageToken, items } = pagination;
  return `pageSize=${pageSize ?? '-'} pageToken=${pageToken} nextPageToken=${nextPageToken} items=${items ?? '-'}`;
}

export function describeOperation(operation: Method['operation']): string {
  if (!operation) return '(none)';
  return `metadata=${operation.metadata ?? '-'} response=${operation.response ?? '-'}`;
}
