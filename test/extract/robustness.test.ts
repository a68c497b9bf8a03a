import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { DOCS } from '../helpers/fixtures.ts';

const INSERTS = ['|', '||', '#|', '|#', '**', '`', '<br>', '<p>', '\n\n', '[', '](#x)', '{#', '\u0000'];

/** A seeded generator, so that a failing mutation can be replayed. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % below;
  };
}

function mutations(text: string, next: (below: number) => number): string[] {
  const at = next(text.length);
  const lines = text.split('\n');
  lines.splice(next(lines.length), 1);
  return [
    text.slice(0, at),
    text.slice(0, at) + text.slice(at + next(200)),
    text.slice(0, at) + (INSERTS[next(INSERTS.length)] ?? '') + text.slice(at),
    lines.join('\n'),
  ];
}

describe('broken pages', () => {
  const pages = readdirSync(DOCS, { recursive: true })
    .map(String)
    .filter((path) => /^(en|ru)\/.+\.md$/.test(path))
    .sort();

  it.each(pages)('cut, spliced and corrupted copies of %s never make the extractor fail', (path) => {
    const next = random(path.length);
    const text = readFileSync(join(DOCS, path), 'utf8');
    for (const mutated of mutations(text, next)) {
      const page = extractPage(path, new TextEncoder().encode(mutated));
      expect(page.diagnostics.filter((diagnostic) => diagnostic.code === 'extract-failed' || diagnostic.code === 'parse-failed')).toEqual([]);
    }
  });
});
