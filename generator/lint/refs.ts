import type { Place } from './finding.ts';

// The run before `.md` is bounded, so a long message costs linear time.
const REF = /(?<![\w/.-])((?:en|ru)\/[^\s():,;'"`]{1,400}?\.md):(\d+)(?::(\d+))?/g;

/** The `path:line[:col]` places a diagnostic's message names, in order, each once. */
export function placesIn(message: string): Place[] {
  const seen = new Set<string>();
  const places: Place[] = [];
  for (const match of message.matchAll(REF)) {
    const place = { source: match[1]!, line: Number(match[2]), column: Number(match[3] ?? 1) };
    const key = `${place.source}:${place.line}:${place.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(place);
  }
  return places;
}

/** `path:line` (the model's source reference) → a place at the line's first column. */
export function placeOfRef(ref: string): Place {
  const colon = ref.lastIndexOf(':');
  const line = colon < 0 ? NaN : Number(ref.slice(colon + 1));
  return Number.isInteger(line) && line > 0 ? { source: ref.slice(0, colon), line, column: 1 } : { source: ref, line: 1, column: 1 };
}
