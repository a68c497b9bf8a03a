import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedWrite, safeJoin, stagingDirs, writeTreeAtomic } from '../../generator/io/atomic-tree.ts';
import { readTree } from '../../generator/io/read-tree.ts';

let root: string;
let out: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'apiref-tree-'));
  out = path.join(root, 'generated');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));
const text = async (dir: string, skip: string[] = []) =>
  Object.fromEntries([...(await readTree(dir, skip))].map(([k, v]) => [k, v.toString()]));

describe('writeTreeAtomic', () => {
  it('writes a new folder, then replaces it with exactly the new files', async () => {
    await writeTreeAtomic(out, tree({ 'package.json': '{}', 'src/a.ts': 'a', 'src/old.ts': 'old' }));
    await writeTreeAtomic(out, tree({ 'package.json': '{"v":2}', 'src/a.ts': 'a2' }));
    expect(await text(out)).toEqual({ 'package.json': '{"v":2}', 'src/a.ts': 'a2' });
    expect((await readdir(root)).sort()).toEqual(['generated']);
  });

  it('carries kept entries (a build, installed modules) over to the new folder', async () => {
    await writeTreeAtomic(out, tree({ 'index.ts': '1' }));
    await mkdir(path.join(out, 'dist'));
    await writeFile(path.join(out, 'dist', 'index.js'), 'built');
    await writeTreeAtomic(out, tree({ 'index.ts': '2' }), { keep: ['dist', 'node_modules'] });
    expect(await text(out)).toEqual({ 'index.ts': '2', 'dist/index.js': 'built' });
  });

  it('leaves the old folder intact when writing fails half-way', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    // `x` is written as a file, so `x/y.ts` cannot be: the write fails after its first file.
    await expect(writeTreeAtomic(out, tree({ 'a.ts': 'new', x: 'file', 'x/y.ts': 'nested' }))).rejects.toThrow();
    expect(await text(out)).toEqual({ 'a.ts': 'old' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('leaves the old folder intact when the run stops before the swap', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    const stop = async () => {
      expect(await text(stagingDirs(out).next)).toEqual({ 'a.ts': 'new' });
      throw new Error('stopped');
    };
    await expect(writeTreeAtomic(out, tree({ 'a.ts': 'new' }), { beforeSwap: stop })).rejects.toThrow('stopped');
    expect(await text(out)).toEqual({ 'a.ts': 'old' });
  });

  it('refuses paths that leave the output folder', async () => {
    for (const bad of ['../x', '/etc/x', 'a//b', './a', '']) expect(() => safeJoin(out, bad)).toThrow(/outside/);
    await expect(writeTreeAtomic(out, tree({ '../escape': 'x' }))).rejects.toThrow(/outside/);
    expect(await readdir(root)).toEqual([]);
  });
});

describe('recoverInterruptedWrite', () => {
  it('drops a half-built folder from a killed run', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    await mkdir(stagingDirs(out).next);
    await writeFile(path.join(stagingDirs(out).next, 'a.ts'), 'half');
    await recoverInterruptedWrite(out);
    expect(await readdir(root)).toEqual(['generated']);
    expect(await text(out)).toEqual({ 'a.ts': 'old' });
  });

  it('puts the old folder back when a run died between the two renames', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    const { next, previous } = stagingDirs(out);
    await mkdir(next);
    await writeFile(path.join(next, 'a.ts'), 'new');
    await import('node:fs/promises').then((fs) => fs.rename(out, previous));
    await recoverInterruptedWrite(out);
    expect(await text(out)).toEqual({ 'a.ts': 'old' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('finishes a swap that was cut short, keeping the kept entries', async () => {
    const { previous } = stagingDirs(out);
    await mkdir(path.join(previous, 'node_modules'), { recursive: true });
    await writeFile(path.join(previous, 'node_modules', 'm.js'), 'm');
    await writeFile(path.join(previous, 'a.ts'), 'old');
    await mkdir(out);
    await writeFile(path.join(out, 'a.ts'), 'new');
    await recoverInterruptedWrite(out, ['node_modules']);
    expect(await text(out)).toEqual({ 'a.ts': 'new', 'node_modules/m.js': 'm' });
    expect(await readdir(root)).toEqual(['generated']);
  });
});
