/**
 * How deep a page nests, found by one pass over its lines before it is parsed. The parser
 * re-reads a nested table's content once per level it stands in, and micromark checks every
 * open container on every line, so a page nested a thousand levels deep takes minutes; no
 * reference page nests more than a few levels, so a page past these bounds is not parsed.
 */
export const MAX_TABLE_DEPTH = 16;
export const MAX_CONTAINER_DEPTH = 64;

export interface DeepNesting {
  kind: 'table' | 'container';
  depth: number;
  line: number;
  column: number;
}

const LIST_ORDINAL = /^\d{1,9}[.)]/;

/** The first place the page nests past a bound, or null. */
export function findDeepNesting(text: string): DeepNesting | null {
  let tables = 0;
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const containers = containerDepth(text, start, end);
    if (containers.depth > MAX_CONTAINER_DEPTH) return { kind: 'container', depth: containers.depth, line, column: containers.column };
    for (let at = text.indexOf('|', start); at !== -1 && at < end; at = text.indexOf('|', at + 1)) {
      if (text[at - 1] === '#' && at - 1 >= start) tables++;
      else if (text[at + 1] === '#') tables = Math.max(0, tables - 1);
      if (tables > MAX_TABLE_DEPTH) return { kind: 'table', depth: tables, line, column: at - start };
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return null;
}

/**
 * Containers a line opens or continues: its leading block quote and list markers, and its
 * indentation (a nested list item stands at least two columns right of its parent). A line
 * with no marker opens nothing and is not counted: deep code samples are only indented.
 */
function containerDepth(text: string, start: number, end: number): { depth: number; column: number } {
  let at = start;
  let indent = 0;
  let markers = 0;
  for (; at < end; at++) {
    const char = text[at];
    if (char === ' ') indent++;
    else if (char === '\t') indent += 4;
    else if (char === '>') markers++;
    else if ((char === '-' || char === '*' || char === '+') && isSpace(text[at + 1])) markers++;
    else if (char !== undefined && char >= '0' && char <= '9') {
      const ordinal = LIST_ORDINAL.exec(text.slice(at, at + 11));
      if (!ordinal || !isSpace(text[at + ordinal[0].length])) break;
      markers++;
      at += ordinal[0].length - 1;
    } else break;
  }
  return { depth: markers === 0 ? 0 : markers + Math.floor(indent / 2), column: at - start + 1 };
}

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t';
