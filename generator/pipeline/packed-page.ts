import { createHash } from 'node:crypto';
import type { Source, SourceRef } from '../model/ir.ts';
import type { PageExtract, PageType } from '../model/page.ts';

/** A page type without its places: the part many pages share word for word. */
export type PooledType = Omit<PageType, 'sources'>;

/**
 * A page's extract with each type replaced by the key of its content and the places this
 * page documents it at. The reference documents a message again on every method page that
 * reaches it, so across ten thousand pages most types are copies: held once in a pool,
 * the extracts of the whole reference fit in memory and in the page store.
 */
export interface PackedPage extends Omit<PageExtract, 'types'> {
  types: [key: string, sources: SourceRef[]][];
}

export type TypePool = Map<string, PooledType>;

/**
 * A page's extract as a run holds it: its source and kind at once, the extract when asked (a
 * stored one is read from the page store then; undefined where it cannot be).
 */
export interface HeldPage {
  source: Source;
  notApiReference: boolean;
  packed(): PackedPage | undefined;
}

export const heldPage = (packed: PackedPage): HeldPage => ({ source: packed.source, notApiReference: packed.notApiReference === true, packed: () => packed });

export function typeKey(type: PooledType): string {
  return createHash('sha256').update(JSON.stringify(type)).digest('base64url').slice(0, 24);
}

/** The packed page and its types by key. */
export function packPage(page: PageExtract): { packed: PackedPage; types: [string, PooledType][] } {
  const types: [string, PooledType][] = [];
  const refs: PackedPage['types'] = [];
  for (const { sources, ...content } of page.types) {
    const key = typeKey(content);
    types.push([key, content]);
    refs.push([key, sources]);
  }
  return { packed: { ...page, types: refs }, types };
}

/** The extract again; types of many pages share their content objects, which the merge only reads. */
export function unpackPage(packed: PackedPage, pool: TypePool): PageExtract {
  const types: PageType[] = [];
  for (const [key, sources] of packed.types) {
    const content = pool.get(key);
    if (content === undefined) throw new Error(`page store: type ${key} of ${packed.source.path} is missing from the pool`);
    types.push({ ...content, sources } as PageType);
  }
  return { ...packed, types };
}
