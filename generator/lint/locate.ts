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
