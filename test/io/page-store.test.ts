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

async function stored(): Promise<PageStore> {
  const store = await PageStore.open(dir, FINGERPRINT);
  store.set('key', packed, types);
  store.rememberFile(stat, 'key');
  await store.save();
  return PageStore.open(dir, FINGERPRINT);
}

describe('PageStore', () => {
  it('gives back what an earlier run stored, and the content key of an unchanged file', async () => {
    const store = await stored();
    expect(store.get('key')).toEqual(packed);
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
    expect(other.get('key')).toBeUndefined();
    other.set('key2', packed, types);
    await other.save();
    expect(readdirSync(dir).sort()).toEqual(['apiref-pages-fedcba9876543210.json', 'notes.txt']);
  });

  it.each([
    ['not JSON', () => '{"apirefPageStore": 1, "fingerprint": "01'],
    ['JSON of another shape', () => '[1, 2, 3]'],
    ['an entry without its source', (text: string) => text.replace(/"source":\{[^}]*\},/, '')],
    ['a page whose types are missing', (text: string) => text.replace(/"types":\{.*\}\}$/, '"types":{}}')],
    ['a type of the wrong shape', (text: string) => text.replace(/"fields":\[/g, '"fields":[7,')],
  ])('takes a damaged store file (%s) as a miss, never an error', async (_name, damage) => {
    await stored();
    const file = join(dir, `apiref-pages-${FINGERPRINT}.json`);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const store = await PageStore.open(dir, FINGERPRINT);
    expect(store.get('key')).toBeUndefined();
  });

  it('drops entries no run used for four saves, and keeps those used', async () => {
    let store = await stored();
    for (let run = 0; run < 5; run++) {
      store.set(`fresh-${run}`, packed, types);
      if (run === 0) expect(store.get('key')).toBeDefined();
      await store.save();
      store = await PageStore.open(dir, FINGERPRINT);
    }
    expect(store.get('key')).toBeUndefined();
    expect(store.get('fresh-4')).toBeDefined();
    expect(store.get('fresh-1')).toBeDefined();
  });

  it('writes nothing when a run learned nothing', async () => {
    const store = await stored();
    const file = join(dir, `apiref-pages-${FINGERPRINT}.json`);
    writeFileSync(file, readFileSync(file, 'utf8'));
    const before = readFileSync(file, 'utf8');
    store.get('key');
    await store.save();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
