import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedWrite } from '../../generator/io/atomic-tree.ts';
import { DOCS } from '../helpers/fixtures.ts';
import { apiref, snapshotTree, spawnApiref, tempDir } from './run-cli.ts';

const SEED = 0x9e11;
const RUNS = 30;
/** The write pauses this long after each of its five steps, so that kills land inside it too. */
const STEP_PAUSE_MS = 40;
const PAGES = ['en/managed-redis/api-ref/grpc/Cluster/listBackups.md', 'en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md'];

/** Deterministic generator (mulberry32), so that a failing sequence of kill moments reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let project: string;
const out = () => join(project, 'generated');
const page = () => join(project, 'docs', PAGES[0]!);
/** The two versions of the first page: each run writes the other one's output over the last. */
let versions: [string, string];

beforeAll(() => {
  project = tempDir('kill30');
  for (const path of PAGES) {
    mkdirSync(join(project, 'docs', path, '..'), { recursive: true });
    writeFileSync(join(project, 'docs', path), readFileSync(join(DOCS, path)));
  }
  const original = readFileSync(page(), 'utf8');
  versions = [original, original.replace('Retrieves the list of', 'Lists')];
  expect(versions[1]).not.toBe(versions[0]);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** What `generated/` holds for one version of the docs, with the kept and foreign entries every run must leave. */
async function treeOf(version: 0 | 1): Promise<Record<string, string>> {
  writeFileSync(page(), versions[version]);
  expect((await apiref(['generate', '--quiet'], project)).code).toBe(0);
  return snapshotTree(out());
}

interface Killed {
  /** The last write step the run reported before it was killed; null if it had not begun writing. */
  step: string | null;
  /** The run finished before the kill came. */
  finished: boolean;
}

/** Runs generate and SIGKILLs it `delayMs` after it starts, or after it reports taking the lock. */
function killedRun(delayMs: number, fromLock: boolean): Promise<Killed> {
  const child = spawnApiref(['generate', '--quiet'], project, { APIREF_TEST_PAUSE_EACH_STEP_MS: String(STEP_PAUSE_MS) });
  let step: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => (timer = setTimeout(() => child.kill('SIGKILL'), delayMs));
  child.stderr.on('data', (chunk: Buffer) => {
    for (const [, name] of chunk.toString().matchAll(/write step (\S+)/g)) {
      if (step === null && fromLock) kill();
      step = name!;
    }
  });
  if (!fromLock) kill();
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ step, finished: signal === null && code !== null });
    }),
  );
}

describe('generate killed at random moments', () => {
  it(`${RUNS} runs (seed ${SEED}, SIGKILL) leave the old or the new tree, whole; the next run succeeds`, async () => {
    writeFileSync(page(), versions[0]);
    mkdirSync(out(), { recursive: true });
    mkdirSync(join(out(), 'dist'), { recursive: true });
    writeFileSync(join(out(), 'dist', 'index.js'), 'built');
    const trees = [await treeOf(0), await treeOf(1)];
    writeFileSync(join(out(), 'my-notes.txt'), 'not apiref\'s');
    for (const tree of trees) tree['my-notes.txt'] = 'not apiref\'s';
    expect(trees[0]!['dist/index.js']).toBe('built');
    expect(trees[0]).not.toEqual(trees[1]);

    const started = performance.now();
    const whole = await killedRun(60_000, false);
    expect(whole.finished).toBe(true);
    const runMs = performance.now() - started;

    const next = random(SEED);
    const outcomes: Killed[] = [];
    for (let run = 0; run < RUNS; run++) {
      const version = (run % 2) as 0 | 1;
      writeFileSync(page(), versions[version]);
      // Half the kills come anywhere in the run; the other half inside the write, at a random step.
      const fromLock = run % 2 === 1;
      // (Up to four of the five pauses: the kill comes before the run can end, even if its timer is late.)
      const delay = fromLock ? next() * 4 * STEP_PAUSE_MS : next() * runMs;
      const outcome = await killedRun(Math.round(delay), fromLock);
      outcomes.push(outcome);
      // What the next run does first: put back or finish what the killed one left.
      await recoverInterruptedWrite(out(), ['dist', 'node_modules']);
      const after = snapshotTree(out());
      const where = `run ${run} (seed ${SEED}), killed ${Math.round(delay)} ms ${fromLock ? 'after taking the lock' : 'after start'}, last step ${outcome.step}`;
      expect(after, where).toEqual(trees[after['apiref.ir.json'] === trees[0]!['apiref.ir.json'] ? 0 : 1]);
    }
    const insideWrite = outcomes.filter((outcome) => !outcome.finished && outcome.step !== null);
    // The kills inside the write are at least most of the half aimed there: the test exercises the swap, not only the build.
    expect(insideWrite.length).toBeGreaterThanOrEqual(RUNS / 3);

    const last = await apiref(['generate', '--quiet'], project);
    expect(last.code, last.stderr).toBe(0);
    expect(await apiref(['check', '--quiet'], project)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^extra: +generated\/my-notes\.txt$/m) });
    expect(readdirSync(project).filter((name) => name.startsWith('.generated.'))).toEqual([]);
  }, 180_000);
});
