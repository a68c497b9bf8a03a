import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { languageOfPath } from '../model/docs-paths.ts';
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
  if (cyrillic + latin === 0) return languageOfPath(path);
  return cyrillic / (cyrillic + latin) > 0.15 ? 'ru' : 'en';
}
