import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, lockFileOf } from '../../generator/io/output-lock.ts';
import { OutputRefusal } from '../../generator/io/write-error.ts';

let root: string;
let out: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'apiref-lock-'));
  out = path.join(root, 'generated');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** The pid of a process that has exited: no process has it (until the system reuses it). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const holder = (pid: number, host = hostname()) => JSON.stringify({ pid, host, since: '2026-01-01T00:00:00.000Z', token: 'theirs' });

describe('acquireLock', () => {
  it('is a file beside the output, holding the pid, removed on release', async () => {
    const release = await acquireLock(out, { waitMs: 0 });
    expect(lockFileOf(out)).toBe(path.join(root, '.generated.apiref-lock'));
    expect(JSON.parse(await readFile(lockFileOf(out), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await release();
    expect(await readdir(root)).toEqual([]);
  });

  it('makes a second taker wait until the first releases', async () => {
    const releaseFirst = await acquireLock(out, { waitMs: 0 });
    const waits: number[] = [];
    const second = acquireLock(out, { waitMs: 10_000, onWait: (held) => waits.push(held!.pid) });
    let taken = false;
    void second.then(() => (taken = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBe(false);
    expect(waits).toEqual([process.pid]);
    await releaseFirst();
    const releaseSecond = await second;
    expect(taken).toBe(true);
    await releaseSecond();
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses after the bounded wait, naming the holder and the lock file', async () => {
    const release = await acquireLock(out, { waitMs: 0 });
    const refused = acquireLock(out, { waitMs: 200 });
    await expect(refused).rejects.toThrow(OutputRefusal);
    await expect(refused).rejects.toThrow(new RegExp(`^another apiref run \\(pid ${process.pid} on .*\\) is writing .*generated; waited 0 s for it\\. If no run is going on, delete .*\\.generated\\.apiref-lock$`));
    await release();
  });

  it('takes over the lock of a dead process at once', async () => {
    await writeFile(lockFileOf(out), holder(deadPid()));
    const release = await acquireLock(out, { waitMs: 0 });
    expect(JSON.parse(await readFile(lockFileOf(out), 'utf8'))).toMatchObject({ pid: process.pid });
    await release();
    expect(await readdir(root)).toEqual([]);
  });

  it('sweeps the copies runs killed while taking over a stale lock left beside it', async () => {
    const litter = `${lockFileOf(out)}.${deadPid()}-0a1b2c3d`;
    await writeFile(litter, holder(deadPid()));
    const release = await acquireLock(out, { waitMs: 0 });
    await release();
    expect(await readdir(root)).toEqual([]);
  });

  it('waits on a lock held on another machine, whose pid it cannot check', async () => {
    await writeFile(lockFileOf(out), holder(deadPid(), `not-${hostname()}`));
    await expect(acquireLock(out, { waitMs: 150 })).rejects.toThrow(/another apiref run \(pid \d+ on not-/);
    expect(JSON.parse(await readFile(lockFileOf(out), 'utf8'))).toMatchObject({ token: 'theirs' });
  });

  it('takes over a lock file left half-written by a run killed while taking it, once it is old', async () => {
    await writeFile(lockFileOf(out), '');
    await expect(acquireLock(out, { waitMs: 150 })).rejects.toThrow(/another apiref run is writing/);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFileOf(out), old, old);
    const release = await acquireLock(out, { waitMs: 0 });
    await release();
    expect(await readdir(root)).toEqual([]);
  });

  it('releases only its own lock', async () => {
    const release = await acquireLock(out, { waitMs: 0 });
    await writeFile(lockFileOf(out), holder(process.pid));
    await release();
    expect(JSON.parse(await readFile(lockFileOf(out), 'utf8'))).toMatchObject({ token: 'theirs' });
  });
});
