import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { docsFolder, restProduct } from '../model/docs-paths.ts';
import type { Lang } from '../model/ir.ts';

const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * The language of the prose, by content: some pages under `ru/` are still in English.
 * Code and tables of names are skipped; headings and paragraphs decide.
 */
export function detectLang(root: Root, path: string): Lang {
  let cyrillic = 0;
  let latin = 0;
  for (const node of root.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table' && node.type !== 'yfmTable') continue;
    const text = toString(node);
    cyrillic += text.match(CYRILLIC)?.length ?? 0;
    latin += text.match(LATIN)?.length ?? 0;
  }
  if (cyrillic + latin === 0) return path.startsWith('ru/') ? 'ru' : 'en';
  return cyrillic / (cyrillic + latin) > 0.15 ? 'ru' : 'en';
}

/**
 * The product a page belongs to: the folder after the language (`en/managed-redis/…`); for
 * the legacy trees, the folders up to `api-ref` (`_api-ref-grpc/ai/stt/…` → `ai-stt`), except
 * that a legacy REST page (`_api-ref/mdb/redis/…`) goes by its REST path's first segment.
 * The merge then maps legacy names onto the current ones (see merge/occurrences.ts).
 */
export function productOf(path: string, restPath: string | null): string {
  const [, first] = path.split('/');
  const fromRest = restPath ? restProduct(restPath) : null;
  if (first === '_api-ref') return fromRest ?? docsFolder(path);
  if (first === '_api-ref-grpc') return docsFolder(path);
  return first ?? fromRest ?? 'unknown';
}
