import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Relative path (`/`-separated) → file content. */
export type FileTree = ReadonlyMap<string, string | Uint8Array>;

export interface WriteTreeOptions {
  /**
   * Top-level entries of the output folder that are not ours (a build's `dist/`, installed
   * `node_modules/`): carried over from the old folder into the new one.
   */
  keep?: readonly string[];
  /** Runs after the new tree is complete and before the swap; the kill test pauses here. */
  beforeSwap?: (() => Promise<void>) | undefined;
}

/** The sibling folders a write goes through; fixed names so that a later run finds leftovers. */
export function stagingDirs(outDir: string): { next: string; previous: string } {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  return { next: path.join(parent, `.${base}.apiref-next`), previous: path.join(parent, `.${base}.apiref-previous`) };
}

/**
 * Replaces `outDir` with exactly `files`, all or nothing: the tree is built in a sibling
 * folder, then the old folder is renamed aside, the new one renamed in, and the old one
 * deleted. If anything fails or the process dies before the swap, `outDir` is untouched;
 * the two renames leave at most a moment in which only the aside copy exists, and
 * `recoverInterruptedWrite` (run first by every write) puts it back.
 * Two writes to one folder at the same time are not supported.
 */
export async function writeTreeAtomic(outDir: string, files: FileTree, options: WriteTreeOptions = {}): Promise<void> {
  const keep = options.keep ?? [];
  await recoverInterruptedWrite(outDir, keep);
  const { next, previous } = stagingDirs(outDir);
  try {
    await writeTree(next, files);
    await options.beforeSwap?.();
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  const hadOld = await exists(outDir);
  if (hadOld) await rename(outDir, previous);
  await rename(next, outDir);
  if (hadOld) await finishSwap(outDir, previous, keep);
}

/**
 * Tidies up after a write that was killed: a half-built `next` folder is dropped; an old
 * folder left aside is put back if the new one never arrived, or else its kept entries are
 * carried over and it is deleted.
 */
export async function recoverInterruptedWrite(outDir: string, keep: readonly string[] = []): Promise<void> {
  const { next, previous } = stagingDirs(outDir);
  if (await exists(previous)) {
    if (await exists(outDir)) await finishSwap(outDir, previous, keep);
    else await rename(previous, outDir);
  }
  await rm(next, { recursive: true, force: true });
}

async function finishSwap(outDir: string, previous: string, keep: readonly string[]): Promise<void> {
  for (const entry of keep) {
    const from = path.join(previous, entry);
    const to = path.join(outDir, entry);
    if ((await exists(from)) && !(await exists(to))) await rename(from, to);
  }
  await rm(previous, { recursive: true, force: true });
}

async function writeTree(root: string, files: FileTree): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const dirs = new Set<string>();
  for (const relative of [...files.keys()].sort()) {
    const target = safeJoin(root, relative);
    const dir = path.dirname(target);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    await writeFile(target, files.get(relative)!);
  }
}

/** Joins a relative output path under `root`, refusing one that would land outside it. */
export function safeJoin(root: string, relative: string): string {
  const parts = relative.split('/');
  if (relative === '' || path.isAbsolute(relative) || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`refusing to write outside the output folder: '${relative}'`);
  }
  return path.join(root, ...parts);
}

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}
