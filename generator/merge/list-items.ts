import type { Layout, Method, TypeDef } from '../model/ir.ts';
import { type MergeContext, report, splitRef } from './context.ts';

/**
 * The oldest legacy REST pages flatten a List response's items without the `[]` that marks a
 * list (`networks | **object**`, then `networks.<br>id`). A response that pages
 * (`nextPageToken`) and holds one message-typed field besides, documented only on such pages,
 * holds its items there: the field is a list.
 */
export function inferListItems(method: Method, types: ReadonlyMap<string, TypeDef>, layoutOf: (path: string) => Layout | undefined, context: MergeContext): void {
  const request = types.get(method.request);
  const response = types.get(method.response);
  if (request?.kind !== 'message' || response?.kind !== 'message') return;
  if (!request.fields.some((field) => field.jsonName === 'pageToken') || !response.fields.some((field) => field.jsonName === 'nextPageToken')) return;
  if (response.fields.some((field) => field.repeated)) return;
  const messages = response.fields.filter((field) => 'ref' in field.type && types.get(field.type.ref)?.kind === 'message' && !field.map);
  const [items] = messages;
  if (messages.length !== 1 || !items) return;
  if (!response.sources.every((ref) => layoutOf(splitRef(ref)[0]) === 'rest-method-legacy')) return;
  items.repeated = true;
  report(context, response.sources[0] ?? '', 'inferred-list', `${response.id}.${items.jsonName}: a paged response's only message field, written without [], is read as the list of items`, 'info');
}
