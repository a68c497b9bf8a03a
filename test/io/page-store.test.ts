import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageStore } from '../../generator/io/page-store.ts';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { packPage } from '../../generator/pipeline/packed-page.ts';
import { docsPage } from '../helpers/fixtures.ts';

const PATH = 'en/managed-redis/api-ref/grpc/Backup/get.md';
const FINGERPRINT = '0123456789abcdef';
const { packed, types } = packPage(extractPage(PATH, docsPage(PATH)));
const stat = { file: '/docs/en/page.md', size: 10, mtimeMs: 1_000, ino: 7 };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apiref-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A store saved with the page under `key` and, to weigh as a docs tree does against one page's journal line, `others` more. */
async function stored(others = 0): Promise<PageStore> {
  const store = await PageStore.open(dir, FINGERPRINT);
  store.set('key', packed, types);
  for (let other = 0; other < others; other++) store.set(`other-${other}`, packed, types);
  store.rememberFile(stat, 'key');
  await store.save();
  return PageStore.open(dir, FINGERPRINT);
}

describe('PageStore', () => {
  it('gives back what an earlier run stored, and the content key of an unchanged file', async () => {
    const store = await stored();
    expect(store.page('key')).toEqual(packed);
    expect(store.knownKey(stat)).toBe('key');
    expect(store.knownKey({ ...stat, size: 11 })).toBeUndefined();
    expect(store.knownKey({ ...stat, mtimeMs: 2_000 })).toBeUndefined();
    expect(store.knownKey({ ...stat, ino: 8 })).toBeUndefined();
  });

  it('does not trust the key of a file changed just before the store was written', async () => {
    const store = await PageStore.open(dir, FINGERPRINT);
    const now = { ...stat, mtimeMs: Date.now() };
    store.set('key', packed, types);
    store.rememberFile(now, 'key');
    await store.save();
    expect((await PageStore.open(dir, FINGERPRINT)).knownKey(now)).toBeUndefined();
  });

  it('is empty for another extractor, and drops the other extractor’s file (only that) when it saves', async () => {
    await stored();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const other = await PageStore.open(dir, 'fedcba9876543210');
    expect(other.page('key')).toBeUndefined();
    other.set('key2', packed, types);
    await other.save();
    expect(readdirSync(dir).sort()).toEqual(['apiref-pages-fedcba9876543210.jsonl', 'notes.txt']);
  });

  it('tells a page\'s source without reading its extract, and reads its types into the pool only when the extract is asked for', async () => {
    const store = await stored(8);
    expect(store.head('key')).toMatchObject({ source: packed.source, notApiReference: false });
    expect(store.pool.size).toBe(0);
    expect(store.page('key')).toEqual(packed);
    expect([...store.pool.keys()].sort()).toEqual([...new Set(types.map(([key]) => key))].sort());
  });

  const header = (text: string, damage: (header: string) => string) => `${damage(text.slice(0, text.indexOf('\n')))}${text.slice(text.indexOf('\n'))}`;
  const linesAfterHeader = (text: string, damage: (lines: string) => string) => `${text.slice(0, text.indexOf('\n') + 1)}${damage(text.slice(text.indexOf('\n') + 1))}`;
  it.each([
    ['a header that is not JSON', () => '{"apirefPageStore": 2, "fingerprint": "01\n'],
    ['JSON of another shape', () => '[1, 2, 3]\n'],
    ['a file cut short', (text: string) => text.slice(0, text.length - 100)],
    ['a page listed without its source', (text: string) => header(text, (line) => line.replace(/\{"path":[^}]*\}/, '{}'))],
    ['a page line of the wrong shape', (text: string) => linesAfterHeader(text, (lines) => lines.replace(/"diagnostics":\[/g, '"diagnostics":[7,'))],
    ['a page whose type lines are of the wrong shape', (text: string) => linesAfterHeader(text, (lines) => lines.replace(/"fields":\[/g, '"fields":[7,'))],
  ])('takes a damaged store file (%s) as a miss, never an error', async (_name, damage) => {
    await stored();
    const file = join(dir, `apiref-pages-${FINGERPRINT}.jsonl`);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const store = await PageStore.open(dir, FINGERPRINT);
    expect(store.page('key')).toBeUndefined();
  });

  it('ignores a store file of the whole-JSON format before, and removes it when it saves', async () => {
    writeFileSync(join(dir, `apiref-pages-${FINGERPRINT}.json`), JSON.stringify({ apirefPageStore: 1, fingerprint: FINGERPRINT, pages: {}, types: {}, files: {} }));
    const store = await PageStore.open(dir, FINGERPRINT);
    store.set('key', packed, types);
    await store.save();
    expect(readdirSync(dir)).toEqual([`apiref-pages-${FINGERPRINT}.jsonl`]);
  });

  it('drops entries no run used for four saves, and keeps those used', async () => {
    let store = await stored();
    for (let run = 0; run < 5; run++) {
      store.set(`fresh-${run}`, packed, types);
      if (run === 0) expect(store.page('key')).toBeDefined();
      await store.save();
      store = await PageStore.open(dir, FINGERPRINT);
    }
    expect(store.page('key')).toBeUndefined();
    expect(store.page('fresh-4')).toBeDefined();
    expect(store.page('fresh-1')).toBeDefined();
  });

  it("appends a later run's additions to a journal, leaving the store file as it was; a reopened store has both", async () => {
    const store = await stored(8);
    const file = join(dir, `apiref-pages-${FINGERPRINT}.jsonl`);
    const before = readFileSync(file, 'utf8');
    // As a run does: the extract's types reach the shared pool before the store.
    for (const [key, type] of types) store.pool.set(key, type);
    store.set('key2', packed, types);
    store.rememberFile({ ...stat, file: '/docs/en/other.md' }, 'key2');
    await store.save();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.journal'))).toHaveLength(1);
    const reopened = await PageStore.open(dir, FINGERPRINT);
    expect(reopened.page('key')).toEqual(packed);
    expect(reopened.page('key2')).toEqual(packed);
    expect(reopened.knownKey({ ...stat, file: '/docs/en/other.md' })).toBe('key2');
  });

  it('folds a grown journal into a new store file and removes the old journal', async () => {
    let store = await stored();
    const journals = new Set<string>();
    for (let run = 0; run < 20; run++) {
      store.set(`fresh-${run}`, packed, types);
      await store.save();
      for (const name of readdirSync(dir)) if (name.endsWith('.journal')) journals.add(name);
      store = await PageStore.open(dir, FINGERPRINT);
    }
    expect(journals.size).toBeGreaterThan(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.journal')).length).toBeLessThanOrEqual(1);
    expect(store.page('fresh-19')).toEqual(packed);
    expect(store.page('fresh-17')).toEqual(packed);
  });

  it('skips a journal line cut short (a killed run), and the next run appends after it', async () => {
    const store = await stored(8);
    store.set('key2', packed, types);
    await store.save();
    const journal = readdirSync(dir).find((name) => name.endsWith('.journal'))!;
    const text = readFileSync(join(dir, journal), 'utf8');
    writeFileSync(join(dir, journal), text.slice(0, text.length - 40));
    const reopened = await PageStore.open(dir, FINGERPRINT);
    expect(reopened.page('key')).toEqual(packed);
    expect(reopened.page('key2')).toBeUndefined();
    reopened.set('key3', packed, types);
    await reopened.save();
    expect(readdirSync(dir).filter((name) => name.endsWith('.journal'))).toEqual([journal]);
    const again = await PageStore.open(dir, FINGERPRINT);
    expect(again.page('key3')).toEqual(packed);
    expect(again.page('other-7')).toEqual(packed);
  });

  it('writes nothing when a run learned nothing', async () => {
    const store = await stored();
    const file = join(dir, `apiref-pages-${FINGERPRINT}.jsonl`);
    writeFileSync(file, readFileSync(file, 'utf8'));
    const before = readFileSync(file, 'utf8');
    store.page('key');
    await store.save();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
