/** Where a paginated method keeps its tokens and items (jsonNames). */
export interface PageFields {
  readonly pageToken: string;
  readonly nextPageToken: string;
  /** The repeated field of the response holding the items; null yields whole pages. */
  readonly items: string | null;
}

/**
 * Calls `fetchPage` with each next page token until the server returns none, yielding the
 * items. A server that hands back the token it was given would loop forever: that stops it.
 */
export async function* paginate(
  fetchPage: (request: object) => Promise<unknown>,
  request: object,
  fields: PageFields,
): AsyncGenerator<unknown> {
  let token = fieldOf(request, fields.pageToken);
  for (;;) {
    const page = await fetchPage(token === undefined ? request : { ...request, [fields.pageToken]: token });
    if (fields.items === null) yield page;
    else {
      const items = fieldOf(page, fields.items);
      if (Array.isArray(items)) yield* items;
    }
    const next = fieldOf(page, fields.nextPageToken);
    if (typeof next !== 'string' || next === '') return;
    if (next === token) throw new Error(`pagination stopped: the server returned the page token it was sent (${fields.nextPageToken})`);
    token = next;
  }
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
