import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { OutputRefusal } from './write-error.ts';

/** Who holds a lock: written into the lock file when it is taken. */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  /** Tells this run's lock from a later one of the same pid. */
  token: string;
}

export interface LockOptions {
  /** How long to wait for another run's lock before refusing. */
  waitMs: number;
  /** How the output is named in messages; its path where not given. */
  shown?: string | undefined;
  /** Called once when the lock is taken by another run and this one starts waiting. */
  onWait?: ((holder: LockHolder | null, lockFile: string) => void) | undefined;
}

export const DEFAULT_LOCK_WAIT_MS = 60_000;
const POLL_MS = 100;
/** A lock file with no readable holder after this long was left by a run killed while taking it. */
const HALF_WRITTEN_STALE_MS = 5_000;

/** The lock file of an output: a sibling, so that it survives the output folder's swap. */
export function lockFileOf(target: string): string {
  const resolved = path.resolve(target);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.apiref-lock`);
}

/**
 * Takes the lock of `target`, waiting up to `waitMs` for a run that holds it; a lock whose
 * holder is dead (a killed run) is taken over. Resolves to the function that releases it.
 */
export async function acquireLock(target: string, options: LockOptions): Promise<() => Promise<void>> {
  const file = lockFileOf(target);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + options.waitMs;
  let waiting = false;
  for (;;) {
    if (await tryCreate(file, me)) {
      await sweepAsides(file);
      return () => release(file, me);
    }
    const holder = await readHolder(file);
    if (await isStale(file, holder)) {
      await takeOver(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new OutputRefusal(busyMessage(options.shown ?? target, file, holder, options.waitMs));
    if (!waiting) options.onWait?.(holder, file);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function tryCreate(file: string, me: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(me) + '\n');
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' && typeof holder.token === 'string' ? holder : null;
  } catch {
    return null;
  }
}

/** A holder is known dead only on this machine; a lock of another host is waited on. */
async function isStale(file: string, holder: LockHolder | null): Promise<boolean> {
  if (holder === null) {
    const info = await stat(file).catch(() => null);
    return info !== null && Date.now() - info.mtimeMs > HALF_WRITTEN_STALE_MS;
  }
  return holder.host === hostname() && !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes a stale lock without removing a live one that replaced it in the meantime: the
 * lock is renamed to a name of this run's own (only one run can), then checked to be the
 * stale one; a live lock taken by mistake is linked back (never over another).
 */
async function takeOver(file: string, stale: LockHolder | null): Promise<void> {
  const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const taken = await readHolder(aside);
  if (taken?.token !== stale?.token) await link(aside, file).catch(() => undefined);
  await unlink(aside);
}

/** Removes the lock copies that runs killed while taking over a stale lock left (`<lock>.<pid>-<hex>`, pid dead). */
async function sweepAsides(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  for (const name of await readdir(path.dirname(file)).catch(() => [])) {
    const pid = /^(\d+)-[0-9a-f]+$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) await unlink(path.join(path.dirname(file), name)).catch(() => undefined);
  }
}

async function release(file: string, me: LockHolder): Promise<void> {
  if ((await readHolder(file))?.token === me.token) await unlink(file).catch(() => undefined);
}

function busyMessage(target: string, file: string, holder: LockHolder | null, waitMs: number): string {
  const who = holder ? `apiref run (pid ${holder.pid} on ${holder.host}, since ${holder.since})` : 'apiref run';
  return `another ${who} is writing ${target}; waited ${Math.round(waitMs / 1000)} s for it. If no run is going on, delete ${file}`;
}
