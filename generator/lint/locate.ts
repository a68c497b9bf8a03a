import type { Place } from './finding.ts';

/**
 * Where `needle` (one line's text) first occurs in a page's lines at or after line `fromLine`:
 * the place a sentence of a type is written, since extracts only know the type's heading line.
 * Null where the page does not hold it.
 */
export function locate(lines: readonly string[], needle: string, fromLine: number, source: string): Place | null {
  if (needle === '') return null;
  for (let index = Math.max(0, fromLine - 1); index < lines.length; index++) {
    const column = lines[index]!.indexOf(needle);
    if (column >= 0) return { source, line: index + 1, column: column + 1 };
  }
  return null;
}

/**
 * Where a field table first writes one of `names` as a row's field name, at or after line
 * `fromLine`: `|| name | …`, `|| **name**`, `name | …`, `parent.<br>name[] | …`.
 */
export function locateRow(lines: readonly string[], names: readonly string[], fromLine: number, source: string): Place | null {
  for (let index = Math.max(0, fromLine - 1); index < lines.length; index++) {
    const line = lines[index]!;
    const cell = line.replace(/^\s*\|\|?\s*/, '');
    const bar = cell.indexOf('|');
    if (bar < 0) continue;
    const name = cell.slice(0, bar).replace(/[*`\s]/g, '').replace(/\[\]$/, '');
    const last = name.slice(Math.max(name.lastIndexOf('>'), name.lastIndexOf('.')) + 1);
    if (!names.includes(last)) continue;
    return { source, line: index + 1, column: line.indexOf(last) + 1 };
  }
  return null;
}
