import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskPageCache } from '../../generator/io/page-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'apiref-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function entryFiles(): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((file) => file.endsWith('.json') || file.endsWith('.tmp')).map((file) => path.join(dir, file));
}

describe('DiskPageCache', () => {
  const key = `3:${'ab'.repeat(32)}`;
  const value = { services: [{ name: 'ClusterService' }], text: 'Кластер' };

  it('returns what was stored, across instances, and counts hits and misses', async () => {
    const first = new DiskPageCache(dir);
    expect(await first.get(key)).toBeUndefined();
    await first.set(key, value);
    const second = new DiskPageCache(dir);
    expect(await second.get(key)).toEqual(value);
    expect([first.misses, second.hits]).toEqual([1, 1]);
  });

  it('leaves only whole entries behind (no temporary files)', async () => {
    const cache = new DiskPageCache(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.set(`${key}${i % 5}`, { i })));
    const files = await entryFiles();
    expect(files).toHaveLength(5);
    expect(files.every((file) => file.endsWith('.json'))).toBe(true);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['empty', () => ''],
    ['not an entry', () => '[1,2,3]'],
    ['another key', (text: string) => text.replace(key, `${key}0`)],
  ])('treats a %s entry as a miss, not an error', async (_, corrupt) => {
    const cache = new DiskPageCache(dir);
    await cache.set(key, value);
    const [file] = await entryFiles();
    await writeFile(file!, corrupt(await readFile(file!, 'utf8')));
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, value);
    expect(await cache.get(key)).toEqual(value);
  });

  it('does not fail a run when it cannot write', async () => {
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, '');
    const cache = new DiskPageCache(file);
    await expect(cache.set(key, value)).resolves.toBeUndefined();
    expect(cache.writeFailures).toBe(1);
    expect(await cache.get(key)).toBeUndefined();
  });
});
