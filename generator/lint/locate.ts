import type { Place } from './finding.ts';

/**
 * Where `needle` first occurs in a page's text at or after line `fromLine`: the place a
 * field or sentence of a type is written, since extracts only know the type's heading line.
 * Null where the text does not hold it.
 */
export function locate(text: string, needle: string, fromLine: number, source: string): Place | null {
  if (needle === '') return null;
  let offset = 0;
  for (let line = 1; line < fromLine; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  const at = text.indexOf(needle, offset);
  if (at < 0) return null;
  return placeAt(text, at, source);
}

/** The 1-based line and column of an offset. */
export function placeAt(text: string, at: number, source: string): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { source, line, column: at - lineStart + 1 };
}

/**
 * Where a field table first writes one of `names` as a row's field name, at or after line
 * `fromLine`: `|| name | …`, `|| **name**`, `name | …`, `parent.<br>name[] | …`.
 */
export function locateRow(text: string, names: readonly string[], fromLine: number, source: string): Place | null {
  const lines = text.split('\n');
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
