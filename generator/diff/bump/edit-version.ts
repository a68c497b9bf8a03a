/**
 * Finds the string value at `package.version` in a JSON text without re-serialising it, so
 * that a bump changes those bytes only and the config keeps its formatting, key order and
 * line endings. A small scanner: strings (with escapes), literals and punctuation, tracking
 * which object key each value belongs to; linear in the text.
 */
export function replaceJsonString(text: string, path: readonly string[], value: string): string | null {
  const span = findString(text, path);
  if (span === null) return null;
  return text.slice(0, span.start) + JSON.stringify(value) + text.slice(span.end);
}

interface Span {
  start: number;
  end: number;
}

interface Frame {
  object: boolean;
  key: string | null;
  expectingKey: boolean;
}

function findString(text: string, path: readonly string[]): Span | null {
  const stack: Frame[] = [];
  const keysOf = () => stack.map((frame) => frame.key);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const top = stack.at(-1);
    if (char === '{' || char === '[') {
      stack.push({ object: char === '{', key: null, expectingKey: char === '{' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      if (top?.object) top.expectingKey = true;
    } else if (char === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      if (top?.object && top.expectingKey) {
        top.key = JSON.parse(text.slice(i, end)) as string;
        top.expectingKey = false;
      } else if (sameKeys(keysOf(), path)) {
        return { start: i, end };
      }
      i = end - 1;
    }
  }
  return null;
}

/** The index just past the closing quote of the string opening at `start`, or -1 if it never closes. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

function sameKeys(keys: ReadonlyArray<string | null>, path: readonly string[]): boolean {
  return keys.length === path.length && keys.every((key, i) => key === path[i]);
}
