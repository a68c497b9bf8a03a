import type { Method, Pagination, TypeDef } from '../model/ir.ts';

/**
 * A method pages where its request takes `pageToken` and its response gives
 * `nextPageToken` beside exactly one repeated field: the items.
 */
export function detectPagination(method: Method, types: ReadonlyMap<string, TypeDef>): Pagination | null {
  const request = types.get(method.request);
  const response = types.get(method.response);
  if (request?.kind !== 'message' || response?.kind !== 'message') return null;
  const has = (fields: typeof request.fields, jsonName: string) => fields.some((field) => field.jsonName === jsonName);
  if (!has(request.fields, 'pageToken') || !has(response.fields, 'nextPageToken')) return null;
  const repeated = response.fields.filter((field) => field.repeated && !field.map);
  return {
    pageSize: has(request.fields, 'pageSize') ? 'pageSize' : null,
    pageToken: 'pageToken',
    nextPageToken: 'nextPageToken',
    items: repeated.length === 1 ? (repeated[0]?.jsonName ?? null) : null,
  };
}
