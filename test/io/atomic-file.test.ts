import { link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../generator/io/atomic-file.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'apiref-file-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file by a rename, never rewriting it in place, and leaves no temporary file', async () => {
    const file = path.join(root, 'model.json');
    await writeFile(file, 'old');
    // A second name for the old file: writing in place would change what it reads.
    await link(file, path.join(root, 'old-name'));
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readFile(path.join(root, 'old-name'), 'utf8')).toBe('old');
    expect((await readdir(root)).sort()).toEqual(['model.json', 'old-name']);
  });

  it('says why it cannot write, naming the file, and leaves nothing behind', async () => {
    await expect(writeFileAtomic(path.join(root, 'missing', 'model.json'), 'x')).rejects.toThrow(/^cannot write .*missing\/model\.json: its folder does not exist \(ENOENT\)$/);
    await mkdir(path.join(root, 'a-folder'));
    await expect(writeFileAtomic(path.join(root, 'a-folder'), 'x')).rejects.toThrow(/^cannot write .*a-folder: a folder stands there \(EISDIR\)$/);
    expect(await readdir(root)).toEqual(['a-folder']);
  });
});
