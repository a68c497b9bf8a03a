import { mkdtemp, mkdir, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedWrite, safeJoin, stagingDirs, writeTreeAtomic } from '../../generator/io/atomic-tree.ts';
import { formatManifest, MANIFEST_FILE } from '../../generator/io/manifest.ts';
import { readTree } from '../../generator/io/read-tree.ts';
import { OutputRefusal } from '../../generator/io/write-error.ts';

let root: string;
let out: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'apiref-tree-'));
  out = path.join(root, 'generated');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));
/** The folder's files, the manifest left out (tests of it read it on their own). */
const text = async (dir: string, skip: string[] = []) =>
  Object.fromEntries([...(await readTree(dir, [...skip, MANIFEST_FILE]))].map(([k, v]) => [k, v.toString()]));
const manifestOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as { files: string[] };
const put = async (file: string, content: string) => {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
};

describe('writeTreeAtomic', () => {
  it('writes a new folder, then replaces it with exactly the new files, listed in a byte-stable manifest', async () => {
    await writeTreeAtomic(out, tree({ 'package.json': '{}', 'src/a.ts': 'a', 'src/old.ts': 'old' }));
    await writeTreeAtomic(out, tree({ 'src/a.ts': 'a2', 'package.json': '{"v":2}' }));
    expect(await text(out)).toEqual({ 'package.json': '{"v":2}', 'src/a.ts': 'a2' });
    const manifest = await readFile(path.join(out, MANIFEST_FILE), 'utf8');
    expect(manifest).toBe(formatManifest(['package.json', 'src/a.ts']));
    expect(formatManifest(['src/a.ts', 'package.json'])).toBe(manifest);
    expect(JSON.parse(manifest)).toMatchObject({ format: 'apiref-output-manifest', version: 1, files: ['package.json', 'src/a.ts'] });
    expect((await readdir(root)).sort()).toEqual(['generated']);
  });

  it("links its own unchanged files from the old folder, and writes the changed ones and any it finds edited or replaced", async () => {
    await writeTreeAtomic(out, tree({ 'same.ts': 'same', 'changed.ts': 'old', 'edited.ts': 'e', 'replaced.ts': 'r' }));
    const inode = async (file: string) => (await stat(path.join(out, file))).ino;
    const before = { same: await inode('same.ts'), edited: await inode('edited.ts') };
    await writeFile(path.join(out, 'edited.ts'), 'E');
    await rm(path.join(out, 'replaced.ts'));
    await put(path.join(root, 'elsewhere.ts'), 'r');
    await symlink(path.join(root, 'elsewhere.ts'), path.join(out, 'replaced.ts'));
    await writeTreeAtomic(out, tree({ 'same.ts': 'same', 'changed.ts': 'new', 'edited.ts': 'e', 'replaced.ts': 'r' }));
    expect(await text(out)).toEqual({ 'same.ts': 'same', 'changed.ts': 'new', 'edited.ts': 'e', 'replaced.ts': 'r' });
    expect(await inode('same.ts')).toBe(before.same);
    expect(await inode('edited.ts')).not.toBe(before.edited);
    expect((await stat(path.join(out, 'replaced.ts'))).isFile()).toBe(true);
    expect(await readFile(path.join(root, 'elsewhere.ts'), 'utf8')).toBe('r');
  });

  it('carries kept entries (a build, installed modules) over to the new folder', async () => {
    await writeTreeAtomic(out, tree({ 'index.ts': '1' }));
    await put(path.join(out, 'dist', 'index.js'), 'built');
    await writeTreeAtomic(out, tree({ 'index.ts': '2' }), { keep: ['dist', 'node_modules'] });
    expect(await text(out)).toEqual({ 'index.ts': '2', 'dist/index.js': 'built' });
    expect((await manifestOf(out)).files).toEqual(['index.ts']);
  });

  it('keeps every entry the manifest does not list, at any depth, even where apiref no longer writes', async () => {
    await writeTreeAtomic(out, tree({ 'README.md': 'r', 'src/a.ts': 'a', 'src/gone/b.ts': 'b' }));
    await put(path.join(out, 'my-notes.txt'), 'mine');
    await put(path.join(out, 'src', 'gone', 'notes.md'), 'nested mine');
    await put(path.join(out, 'scripts', 'release.sh'), 'a folder of mine');
    await writeTreeAtomic(out, tree({ 'README.md': 'r2', 'src/a.ts': 'a2' }));
    expect(await text(out)).toEqual({
      'README.md': 'r2',
      'my-notes.txt': 'mine',
      'scripts/release.sh': 'a folder of mine',
      'src/a.ts': 'a2',
      'src/gone/notes.md': 'nested mine',
    });
    expect((await manifestOf(out)).files).toEqual(['README.md', 'src/a.ts']);
  });

  it('refuses a non-empty folder without a manifest, naming its first entry, and touches nothing', async () => {
    await put(path.join(out, 'zeta.txt'), 'z');
    await put(path.join(out, 'my-notes.txt'), 'mine');
    const refused = writeTreeAtomic(out, tree({ 'a.ts': 'a' }), { shown: 'generated' });
    await expect(refused).rejects.toThrow(OutputRefusal);
    await expect(refused).rejects.toThrow(/^refusing to write into generated: it is not empty and has no \.apiref-manifest\.json.*first entry: my-notes\.txt/);
    expect(await text(out)).toEqual({ 'my-notes.txt': 'mine', 'zeta.txt': 'z' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('takes over an empty folder, or one holding only kept entries', async () => {
    await mkdir(out);
    await writeTreeAtomic(out, tree({ 'a.ts': 'a' }));
    expect(await text(out)).toEqual({ 'a.ts': 'a' });
    await rm(out, { recursive: true });
    await put(path.join(out, 'node_modules', 'm.js'), 'm');
    await writeTreeAtomic(out, tree({ 'a.ts': 'a' }), { keep: ['node_modules'] });
    expect(await text(out)).toEqual({ 'a.ts': 'a', 'node_modules/m.js': 'm' });
  });

  it('refuses to write where an entry that is not apiref\'s stands, touching nothing', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'a' }));
    await put(path.join(out, 'src', 'b.ts'), 'hand-written');
    const refused = writeTreeAtomic(out, tree({ 'a.ts': 'a2', 'src/b.ts': 'generated' }), { shown: 'generated' });
    await expect(refused).rejects.toThrow(/^refusing to write into generated: src\/b\.ts is not apiref's/);
    expect(await text(out)).toEqual({ 'a.ts': 'a', 'src/b.ts': 'hand-written' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('refuses a folder whose manifest it cannot read, or of a later format', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'a' }));
    await writeFile(path.join(out, MANIFEST_FILE), '{"format":"apiref-output-manifest","version":2,"files":[]}');
    await expect(writeTreeAtomic(out, tree({ 'a.ts': 'b' }))).rejects.toThrow(/manifest version 2, this apiref reads version 1/);
    await writeFile(path.join(out, MANIFEST_FILE), '{"files": ["a.ts"');
    await expect(writeTreeAtomic(out, tree({ 'a.ts': 'b' }))).rejects.toThrow(/not valid JSON/);
    expect(await text(out)).toEqual({ 'a.ts': 'a' });
  });

  it('refuses a file as the output folder', async () => {
    await writeFile(out, 'a file');
    await expect(writeTreeAtomic(out, tree({ 'a.ts': 'a' }), { shown: 'generated' })).rejects.toThrow(/generated: it is a file, not a folder/);
    expect(await readFile(out, 'utf8')).toBe('a file');
  });

  it('leaves the old folder intact when writing fails half-way', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    // `x` is written as a file, so `x/y.ts` cannot be: the write fails after its first file.
    await expect(writeTreeAtomic(out, tree({ 'a.ts': 'new', x: 'file', 'x/y.ts': 'nested' }))).rejects.toThrow(/^cannot write /);
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
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('refuses paths that leave the output folder, and a file named as the manifest', async () => {
    for (const bad of ['../x', '/etc/x', 'a//b', './a', '']) expect(() => safeJoin(out, bad)).toThrow(/outside/);
    await expect(writeTreeAtomic(out, tree({ '../escape': 'x' }))).rejects.toThrow(/outside/);
    await expect(writeTreeAtomic(out, tree({ [MANIFEST_FILE]: '{}' }))).rejects.toThrow(/may not hold a file named/);
    expect(await readdir(root)).toEqual([]);
  });
});

describe('recoverInterruptedWrite', () => {
  it('drops a half-built folder from a killed run', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    await put(path.join(stagingDirs(out).next, 'a.ts'), 'half');
    await recoverInterruptedWrite(out);
    expect(await readdir(root)).toEqual(['generated']);
    expect(await text(out)).toEqual({ 'a.ts': 'old' });
  });

  it('puts the old folder back when a run died between the two renames', async () => {
    await writeTreeAtomic(out, tree({ 'a.ts': 'old' }));
    const { next, previous } = stagingDirs(out);
    await put(path.join(next, 'a.ts'), 'new');
    await rename(out, previous);
    await recoverInterruptedWrite(out);
    expect(await text(out)).toEqual({ 'a.ts': 'old' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('finishes a swap that was cut short, carrying over kept and foreign entries', async () => {
    const { previous } = stagingDirs(out);
    await put(path.join(previous, 'node_modules', 'm.js'), 'm');
    await put(path.join(previous, 'a.ts'), 'old');
    await put(path.join(previous, 'notes.txt'), 'mine');
    await put(path.join(previous, MANIFEST_FILE), formatManifest(['a.ts']));
    await put(path.join(out, 'a.ts'), 'new');
    await put(path.join(out, MANIFEST_FILE), formatManifest(['a.ts']));
    await recoverInterruptedWrite(out, ['node_modules']);
    expect(await text(out)).toEqual({ 'a.ts': 'new', 'node_modules/m.js': 'm', 'notes.txt': 'mine' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('never moves an old entry over one in the new folder: the old folder is kept', async () => {
    const { previous } = stagingDirs(out);
    await put(path.join(previous, 'a.ts'), 'old, listed nowhere');
    await put(path.join(out, 'a.ts'), 'new, listed nowhere');
    await expect(recoverInterruptedWrite(out)).rejects.toThrow(/the old folder is kept/);
    expect(await text(out)).toEqual({ 'a.ts': 'new, listed nowhere' });
    expect(await text(previous)).toEqual({ 'a.ts': 'old, listed nowhere' });
  });
});
