import { link, lstat, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { carryOver, planCarryOver } from './carry-over.ts';
import { syncFolder, writeFileDurable } from './durable.ts';
import { formatManifest, MANIFEST_FILE, readManifest } from './manifest.ts';
import { acquireLock, DEFAULT_LOCK_WAIT_MS, type LockOptions } from './output-lock.ts';
import { ownedFiles } from './output-guard.ts';
import { OutputRefusal, writeFailure } from './write-error.ts';

/** Relative path (`/`-separated) → file content. */
export type FileTree = ReadonlyMap<string, string | Uint8Array>;

/** The moments of a write a test may stop at: after each, the folder is in a state recovery handles. */
export type WriteStep = 'locked' | 'written' | 'moved-aside' | 'swapped' | 'carried-over';

export interface WriteTreeOptions {
  /**
   * Top-level entries of the output folder that are not ours (a build's `dist/`, installed
   * `node_modules/`): allowed in a folder without a manifest, and carried over like any
   * entry apiref did not write.
   */
  keep?: readonly string[];
  /** How the folder is named in messages (a path relative to the working directory). */
  shown?: string;
  /** Runs after the new tree is complete and flushed, before the swap; the kill test pauses here. */
  beforeSwap?: (() => Promise<void>) | undefined;
  /** Runs after each step of the write; the kill test pauses here. */
  afterStep?: ((step: WriteStep) => Promise<void>) | undefined;
  lock?: Partial<LockOptions>;
}

/** The sibling folders a write goes through; fixed names so that a later run finds leftovers. */
export function stagingDirs(outDir: string): { next: string; previous: string; done: string } {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  const staging = (step: string) => path.join(parent, `.${base}.apiref-${step}`);
  return { next: staging('next'), previous: staging('previous'), done: staging('done') };
}

/**
 * Replaces apiref's files in `outDir` with exactly `files`, all or nothing, and leaves
 * everything else there: under a lock (one write at a time), the tree and its manifest
 * are built and flushed to the disk in a sibling folder; then the old folder is renamed
 * aside, the new one renamed in, the entries the old manifest does not list (kept ones, or
 * ones someone put there) moved over, and the old folder deleted. If anything fails or the
 * process dies before the swap, `outDir` is untouched; a death after it leaves state that
 * `recoverInterruptedWrite` (run first by every write) completes. A folder apiref did not
 * make, or an entry of someone else's where the new output writes, is refused.
 */
export async function writeTreeAtomic(outDir: string, files: FileTree, options: WriteTreeOptions = {}): Promise<void> {
  const keep = options.keep ?? [];
  const shown = options.shown ?? outDir;
  if (files.has(MANIFEST_FILE)) throw new Error(`the output may not hold a file named ${MANIFEST_FILE}`);
  const release = await acquireLock(outDir, { waitMs: options.lock?.waitMs ?? DEFAULT_LOCK_WAIT_MS, onWait: options.lock?.onWait, shown });
  try {
    await options.afterStep?.('locked');
    await recoverInterruptedWrite(outDir, keep);
    const owned = await ownedFiles(outDir, keep, shown);
    const hadOld = await exists(outDir);
    if (hadOld) await refuseConflicts(outDir, owned, new Set(files.keys()), keep, shown);
    const { next, previous } = stagingDirs(outDir);
    try {
      await writeTree(next, files, hadOld ? { dir: outDir, owned } : null);
      await options.afterStep?.('written');
      await options.beforeSwap?.();
    } catch (error) {
      await rm(next, { recursive: true, force: true });
      throw error instanceof OutputRefusal ? error : writeFailure(shown, error);
    }
    await swapIn(outDir, next, previous, hadOld, options.afterStep).catch(async (error: unknown) => {
      // As a later run would: the old folder back where the new one did not arrive.
      await recoverInterruptedWrite(outDir, keep).catch(() => undefined);
      throw writeFailure(shown, error);
    });
    if (hadOld) await finishSwap(outDir, previous, keep, options.afterStep);
  } finally {
    await release();
  }
}

/**
 * Tidies up after a write that was killed: a half-built `next` folder and a half-deleted
 * `done` one are dropped; an old folder left aside is put back if the new one never
 * arrived, or else what it holds that is not apiref's is carried over and it is deleted.
 */
export async function recoverInterruptedWrite(outDir: string, keep: readonly string[] = []): Promise<void> {
  const { next, previous, done } = stagingDirs(outDir);
  await rm(done, { recursive: true, force: true });
  if (await exists(previous)) {
    if (await exists(outDir)) await finishSwap(outDir, previous, keep);
    else await rename(previous, outDir);
  }
  await rm(next, { recursive: true, force: true });
}

async function refuseConflicts(outDir: string, owned: Set<string>, files: Set<string>, keep: readonly string[], shown: string): Promise<void> {
  const { conflicts } = await planCarryOver(outDir, owned, files, keep);
  if (conflicts.length === 0) return;
  throw new OutputRefusal(
    `refusing to write into ${shown}: ${conflicts[0]} is not apiref's (${MANIFEST_FILE} does not list it) and the new output ` +
      `writes there${conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : ''}; move it away and run again`,
  );
}

async function swapIn(outDir: string, next: string, previous: string, hadOld: boolean, afterStep: WriteTreeOptions['afterStep']): Promise<void> {
  if (hadOld) {
    await rename(outDir, previous);
    await afterStep?.('moved-aside');
  }
  await rename(next, outDir);
  await syncFolder(path.dirname(path.resolve(outDir)));
  await afterStep?.('swapped');
}

/**
 * Moves what the old folder holds that is not apiref's into the new one, then deletes the
 * old folder. The new folder's manifest says what is apiref's there, so a run that
 * recovers from a kill plans exactly as the killed one did.
 */
async function finishSwap(outDir: string, previous: string, keep: readonly string[], afterStep?: WriteTreeOptions['afterStep']): Promise<void> {
  const owned = (await readManifest(previous).catch(() => null)) ?? new Set<string>();
  const files = (await readManifest(outDir).catch(() => null)) ?? new Set<string>();
  const plan = await planCarryOver(previous, owned, files, keep);
  if (plan.conflicts.length > 0) {
    throw new Error(`${plan.conflicts[0]} appeared in ${outDir} during the write; the old folder, with it, is kept at ${previous}`);
  }
  await carryOver(previous, outDir, plan.moves);
  await afterStep?.('carried-over');
  // Renamed before it is deleted: a deletion killed half-way may have taken the manifest
  // first, and a later run must not read what is left as the user's files.
  const { done } = stagingDirs(outDir);
  await rm(done, { recursive: true, force: true });
  await rename(previous, done);
  await rm(done, { recursive: true, force: true });
}

/** Files written (and flushed) at once: flushing one by one costs a disk round trip each. */
const PARALLEL_WRITES = 16;

/** apiref's files of the output folder as it is, which the new tree may link instead of writing them again. */
interface PreviousTree {
  dir: string;
  owned: ReadonlySet<string>;
}

/** Writes every file and the manifest, then flushes them and their folders to the disk. */
async function writeTree(root: string, files: FileTree, previous: PreviousTree | null): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const targets = [...files.keys()].sort().map((relative) => ({ relative, target: safeJoin(root, relative) }));
  const dirs = new Set<string>([root]);
  for (const { target } of targets) {
    for (let dir = path.dirname(target); !dirs.has(dir); dir = path.dirname(dir)) dirs.add(dir);
  }
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  await inParallel(targets, ({ relative, target }) => {
    const old = previous?.owned.has(relative) ? safeJoin(previous.dir, relative) : null;
    return placeFile(target, files.get(relative)!, old);
  });
  await writeFileDurable(path.join(root, MANIFEST_FILE), formatManifest(files.keys()));
  await inParallel([...dirs], syncFolder);
}

/**
 * Writes a file, or links the output's old file of that name where it holds exactly these
 * bytes: after one page changed, the package's unchanged files are neither written nor
 * flushed again. The old file is apiref's (its manifest lists it) and was flushed when written.
 */
async function placeFile(target: string, contents: string | Uint8Array, old: string | null): Promise<void> {
  // Encoded once, for the comparison and the write: decoding the old file instead costs twice as much.
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
  if (old !== null && (await holds(old, bytes))) {
    try {
      await link(old, target);
      return;
    } catch {
      // A file system without hard links: the file is written instead.
    }
  }
  await writeFileDurable(target, bytes);
}

/** Whether `file` is a plain file holding `bytes`, read only when the sizes match. */
async function holds(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const info = await lstat(file);
    if (!info.isFile() || info.size !== bytes.byteLength) return false;
    return (await readFile(file)).equals(bytes);
  } catch {
    return false;
  }
}

/** Runs `work` on every item, a few at once; on a failure the rest is not started, and it rejects once none is running. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      await work(items[next++]!).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_WRITES, items.length) }, worker));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
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

