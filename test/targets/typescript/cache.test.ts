import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { emitPackage, folderCache, type CachedModule, type ModuleCache } from '../../../generator/targets/typescript/index.ts';
import type { DocsIr } from '../../../generator/model/ir.ts';
import { cloudModel } from './fixtures/cloud-model.ts';
import { field, ref } from './fixtures/build.ts';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** An in-memory cache that counts the modules it had to have emitted. */
function countingCache(): ModuleCache & { misses: number } {
  const entries = new Map<string, CachedModule>();
  return {
    misses: 0,
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) this.misses++;
      return entry;
    },
    set: (key, entry) => void entries.set(key, entry),
    retain: (keys) => {
      for (const key of [...entries.keys()]) if (!keys.has(key)) entries.delete(key);
    },
  };
}

/** The fixture with a dangling reference in compute's Disk, so that emitting compute warns. */
function withDiskChange(description: string): DocsIr {
  const disk = cloudModel.types['yandex.cloud.compute.v1.Disk'];
  if (disk?.kind !== 'message') throw new Error('the fixture has compute Disk');
  return { ...cloudModel, types: { ...cloudModel.types, [disk.id]: { ...disk, description: { en: description }, fields: [...disk.fields, field('part', ref('x.Missing'))] } } };
}

/** The fixture with a new description of one compute method: words only, no type changes. */
function withMethodDescription(description: string): DocsIr {
  return {
    ...cloudModel,
    services: cloudModel.services.map((service) =>
      service.product !== 'compute' ? service : { ...service, methods: service.methods.map((method, index) => (index === 0 ? { ...method, description: { en: description } } : method)) },
    ),
  };
}

/** Each module's cache entries: one per plugin with module files (types, validators, client, package). */
const ENTRIES_PER_MODULE = 4;

function emit(ir: DocsIr, cache?: ModuleCache): { files: ReturnType<typeof emitPackage>; warnings: string[] } {
  const warnings: string[] = [];
  return { files: emitPackage(ir, { cache, onWarning: (message) => warnings.push(message) }), warnings };
}

describe('the per-module cache', () => {
  test('gives the bytes and warnings of an uncached emit, re-emitting only the files of the modules whose slice changed and the package files', () => {
    const cache = countingCache();
    const before = withDiskChange('A disk.');
    const modules = emit(before).files.filter((file) => /^src\/[^/]+\/types\.ts$/.test(file.path)).length;

    expect(emit(before, cache)).toEqual(emit(before));
    // every plugin's files of every module, and the package's own files: the runtime's, and the package plugin's (root index, manifests, README)
    expect(cache.misses).toBe(modules * ENTRIES_PER_MODULE + 2);

    cache.misses = 0;
    expect(emit(before, cache)).toEqual(emit(before));
    expect(cache.misses).toBe(0);

    const after = withDiskChange('A disk, described anew.');
    const uncached = emit(after);
    expect(uncached.warnings).toContain('compute: type x.Missing is referenced but not described; it is typed as unknown');
    expect(emit(after, cache)).toEqual(uncached);
    // compute's types and client (the client reads the whole module), and the package plugin's files, which are keyed by the
    // modules' keys; not compute's validators, which read no words, nor its index, which reads only the paths of the files, nor
    // the runtime, which reads only the options
    expect(cache.misses).toBe(3);
  });

  test("a method's new description re-prints its product's client alone, and the package files", () => {
    const cache = countingCache();
    emit(withMethodDescription('Returns the disk.'), cache);
    cache.misses = 0;
    const after = withMethodDescription('Returns the disk, described anew.');
    const uncached = emit(after);
    expect(emit(after, cache)).toEqual(uncached);
    expect(cache.misses).toBe(2);
    expect(uncached.files.find((file) => file.path === 'src/compute/client.ts')?.contents).toContain('described anew');
  });

  test('in a folder: entries survive between runs, and the ones a run did not use are removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiref-emit-cache-'));
    folders.push(dir);
    const first = emit(withDiskChange('A disk.'), folderCache(dir));
    const entries = readdirSync(dir).sort();
    expect(entries.length).toBeGreaterThan(1);
    expect(emit(withDiskChange('A disk.'), folderCache(dir))).toEqual(first);
    expect(readdirSync(dir).sort()).toEqual(entries);
    emit(withDiskChange('A disk, described anew.'), folderCache(dir));
    const now = readdirSync(dir);
    expect(now.length).toBe(entries.length);
    // compute's types and client, and the package files (as in the first test): three new entries, three old ones gone
    expect(now.filter((name) => !entries.includes(name))).toHaveLength(3);
  });

  test('in a folder: a malformed entry is a miss, an unwritable folder only costs the next run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiref-emit-cache-'));
    folders.push(dir);
    const model = withDiskChange('A disk.');
    const first = emit(model, folderCache(dir));
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"files": [{"path": 1}], "warnings": []}');
    expect(emit(model, folderCache(dir))).toEqual(first);
    writeFileSync(join(dir, 'file'), '');
    expect(emit(model, folderCache(join(dir, 'file', 'below')))).toEqual(first);
  });
});
