import path from 'node:path';
import { type FileTree, type WriteStep, writeTreeAtomic } from '../io/atomic-tree.ts';
import { DEFAULT_LOCK_WAIT_MS } from '../io/output-lock.ts';
import { ownedFiles, refuseProtectedOutput, refuseUnwritable } from '../io/output-guard.ts';
import { OutputRefusal } from '../io/write-error.ts';
import { type CommandIo, UsageError } from './command.ts';

/**
 * For the kill tests only: when set to a number of milliseconds, the write waits that long
 * after the new output is written and before it is swapped in, having said so on stderr,
 * so that a test can kill it at exactly that point.
 */
export const PAUSE_BEFORE_SWAP_ENV = 'APIREF_TEST_PAUSE_BEFORE_SWAP_MS';
/** For the kill tests only: the write waits this many milliseconds after each of its steps. */
export const PAUSE_EACH_STEP_ENV = 'APIREF_TEST_PAUSE_EACH_STEP_MS';
/** How long a write waits for another run's lock on the same output, in milliseconds. */
export const LOCK_WAIT_ENV = 'APIREF_LOCK_WAIT_MS';

export interface OutputFolder {
  /** Absolute path. */
  dir: string;
  /** Top-level entries that are not apiref's and are kept. */
  keep: readonly string[];
  /** The docs folder the run reads: never an output. */
  docs: string;
}

/**
 * Refuses, before any page is read, an output folder a write would refuse: a protected
 * place, a folder apiref did not make, one it may not write. Bad usage (exit 2).
 */
export async function checkOutputFolder(folder: OutputFolder, io: CommandIo): Promise<void> {
  const shown = shownPath(folder.dir, io);
  await asUsage(async () => {
    await refuseProtectedOutput(folder.dir, { cwd: io.cwd, docs: folder.docs });
    await ownedFiles(folder.dir, folder.keep, shown);
    await refuseUnwritable(folder.dir, shown);
  });
}

/** Writes the output folder all or nothing (see `writeTreeAtomic`), saying on stderr when it waits for another run. */
export async function writeOutputFolder(folder: OutputFolder, files: FileTree, io: CommandIo, command: string): Promise<void> {
  const shown = shownPath(folder.dir, io);
  await asUsage(() =>
    writeTreeAtomic(folder.dir, files, {
      keep: folder.keep,
      shown,
      beforeSwap: pauseBeforeSwap(io, command),
      afterStep: pauseEachStep(io, command),
      lock: {
        waitMs: envMs(LOCK_WAIT_ENV) ?? DEFAULT_LOCK_WAIT_MS,
        onWait: (holder, file) => io.stderr.write(`apiref ${command}: waiting for the run that holds ${shownPath(file, io)}${holder ? ` (pid ${holder.pid})` : ''}\n`),
      },
    }),
  );
}

async function asUsage(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof OutputRefusal) throw new UsageError(error.message);
    throw error;
  }
}

const shownPath = (target: string, io: CommandIo): string => path.relative(io.cwd, target) || '.';

function envMs(name: string): number | undefined {
  const ms = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function pauseBeforeSwap(io: CommandIo, command: string): (() => Promise<void>) | undefined {
  const ms = envMs(PAUSE_BEFORE_SWAP_ENV);
  if (!ms) return undefined;
  return async () => {
    io.stderr.write(`apiref ${command}: paused before swap (${PAUSE_BEFORE_SWAP_ENV})\n`);
    await sleep(ms);
  };
}

function pauseEachStep(io: CommandIo, command: string): ((step: WriteStep) => Promise<void>) | undefined {
  const ms = envMs(PAUSE_EACH_STEP_ENV);
  if (!ms) return undefined;
  return async (step) => {
    io.stderr.write(`apiref ${command}: write step ${step} (${PAUSE_EACH_STEP_ENV})\n`);
    await sleep(ms);
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
