import type { ModelMemo } from '../io/model-memo.ts';
import type { PageEdit } from '../merge/line-moves.ts';
import { applyTextEdits } from '../merge/text-edits.ts';
import type { DocsIr } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';
import { type HeldPage, type PackedPage, type TypePool, unpackPage } from './packed-page.ts';

/** A page the model is merged from: its path, page store key and extract. */
export interface MergedPage extends HeldPage {
  path: string;
  key: string;
}

/** Beyond this many edited pages, merging everything again is as quick as checking each edit. */
export const MAX_EDITED_PAGES = 64;

/**
 * The model of these pages from the one the last run merged, where it can be had without a
 * merge: the same pages give the same model, and pages edited in their words and in the lines
 * things stand on give it with those words and places replaced (see `applyTextEdits`). Null otherwise (pages added, removed or
 * changed in what they document, or a page as it was, or one the edits reach, not readable from
 * the store).
 */
export function reuseModel(memo: ModelMemo, pages: readonly MergedPage[], stored: (key: string) => PackedPage | undefined, pool: TypePool): DocsIr | null {
  if (memo.pages.size !== pages.length) return null;
  const edited: MergedPage[] = [];
  for (const page of pages) {
    const was = memo.pages.get(page.path);
    if (was === undefined) return null;
    if (was !== page.key) edited.push(page);
  }
  if (edited.length === 0) return memo.ir;
  if (edited.length > MAX_EDITED_PAGES) return null;
  const edits: PageEdit[] = [];
  for (const page of edited) {
    const before = stored(memo.pages.get(page.path)!);
    const after = page.packed();
    if (before === undefined || after === undefined) return null;
    edits.push({ before: unpackPage(before, pool), after: unpackPage(after, pool) });
  }
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const unpacked = new Map<string, PageExtract>();
  return applyTextEdits(memo.ir, edits, {
    source: (path) => byPath.get(path)?.source,
    page: (path) => {
      let page = unpacked.get(path);
      const packed = page === undefined ? byPath.get(path)?.packed() : undefined;
      if (packed !== undefined) unpacked.set(path, (page = unpackPage(packed, pool)));
      return page;
    },
  });
}
