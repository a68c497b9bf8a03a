import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { mergePages } from '../../generator/merge/index.ts';
import { DOCS, FIXTURES } from '../helpers/fixtures.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

// The page store hands the merge one content object for every page that documents a type
// alike, so the merge must never write into what it is given.
it('never changes the pages it merges', () => {
  for (const root of [DOCS, ...['survey', 'survey2', 'survey3'].map((name) => join(FIXTURES, name, 'docs'))]) {
    const paths = readdirSync(root, { recursive: true }).map(String).filter((path) => /^(en|ru)\/.+\.md$/.test(path)).sort();
    const pages = paths.map((path) => deepFreeze(extractPage(path, new Uint8Array(readFileSync(join(root, path))))));
    expect(() => mergePages(pages), root).not.toThrow();
  }
});
