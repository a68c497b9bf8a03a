import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stagingDirs, writeTreeAtomic } from '../../generator/io/atomic-tree.ts';
import { MANIFEST_FILE } from '../../generator/io/manifest.ts';
import { readTree } from '../../generator/io/read-tree.ts';

/** Lets a test make one rename fail, as a full or failing disk would, to see what the write does next. */
const failing = vi.hoisted(() => ({ rename: null as null | ((from: string, to: string) => boolean) }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failing.rename?.(from, to)) throw Object.assign(new Error(`EIO: i/o error, rename '${from}'`), { code: 'EIO' });
      return actual.rename(from, to);
    },
  };
});

let root: string;
let out: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'apiref-swap-'));
  out = path.join(root, 'generated');
});
afterEach(async () => {
  failing.rename = null;
  await fs.rm(root, { recursive: true, force: true });
});

describe('writeTreeAtomic when the swap itself fails', () => {
  it('puts the old folder back when the new one cannot be renamed in, and says why', async () => {
    await writeTreeAtomic(out, new Map([['a.ts', 'old']]));
    await fs.writeFile(path.join(out, 'my-notes.txt'), 'mine');
    failing.rename = (from) => from === stagingDirs(out).next;
    await expect(writeTreeAtomic(out, new Map([['a.ts', 'new']]), { shown: 'generated' })).rejects.toThrow(/^cannot write generated: EIO: i\/o error/);
    const files = Object.fromEntries([...(await readTree(out, [MANIFEST_FILE]))].map(([k, v]) => [k, v.toString()]));
    expect(files).toEqual({ 'a.ts': 'old', 'my-notes.txt': 'mine' });
    expect(await fs.readdir(root)).toEqual(['generated']);
  });
});
