import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
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
 * The product a page belongs to: the folder after the language (`en/managed-redis/…`),
 * after `_api-ref-grpc/`, or, for `_api-ref/mdb/redis/…`, the REST path's first segment.
 */
export function productOf(path: string, restPath: string | null): string {
  const parts = path.split('/');
  const [, first, second] = parts;
  const restProduct = restPath?.split('/')[1] || null;
  if (first === '_api-ref-grpc' && second) return second;
  if (first === '_api-ref') return restProduct ?? parts.slice(2, parts.indexOf('api-ref')).join('-');
  return first ?? restProduct ?? 'unknown';
}
