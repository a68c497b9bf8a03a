import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { DOCS } from '../helpers/fixtures.ts';
import { type HostileInput, repeatTo, superLinearGrowth } from '../helpers/linear-time.ts';

const PATH = 'en/managed-redis/api-ref/Backup/delete.md';
const PAGE = readFileSync(join(DOCS, PATH), 'utf8');
// A whole page costs some milliseconds whatever the run: the run must be long enough to dominate.
const N = 16_000;

/** The page with `find` replaced by a hostile run of about n characters. */
const inPage = (name: string, find: string, run: (n: number) => string): HostileInput => {
  expect(PAGE).toContain(find);
  return { name, build: (n) => PAGE.replace(find, run(n)) };
};

const extract = (text: string): void => void extractPage(PATH, new TextEncoder().encode(text));

describe('the extractor’s own regexes run in linear time on hostile pages', () => {
  it.each([
    inPage('a heading of repeated anchor openings', '{#Delete}', (n) => repeatTo('{#a', n)),
    inPage('a heading spaced out before its anchor', ' {#Delete}', (n) => `${' '.repeat(n)}x{#Delete}`),
    inPage('a host placeholder with a long run of spaces', '{{ api-host-mdb }}', (n) => `{{a${' '.repeat(n)}x }}`),
    inPage('a host of repeated placeholder openings', '{{ api-host-mdb }}', (n) => repeatTo('{{a', n)),
    inPage('a title of repeated qualified names', 'Backup.Delete', (n) => repeatTo('a.a', n)),
    inPage('a description of `false` artifacts', 'ID of the backup to delete.', (n) => repeatTo('. \tfalse', n)),
  ])('$name', (input) => {
    expect(superLinearGrowth(extract, input, N)).toBeNull();
  });
});
