/**
 * The body of an extraction worker thread: pages in, packed extracts out, one message per
 * page in the order given. A type's content goes to the main thread the first time this
 * worker meets it; after that only its key does.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPage } from '../extract/extract-page.ts';
import { KeptTrees } from '../io/kept-trees.ts';
import { packPage, type PackedPage, type PooledType } from './packed-page.ts';

export interface WorkerJob {
  index: number;
  path: string;
  bytes: Uint8Array;
}

export interface WorkerBatch {
  jobs: WorkerJob[];
}

/** What a worker is started with. */
export interface WorkerSetup {
  /** The folder of kept parse trees, where the run has a cache. */
  treesDir: string | undefined;
}

export interface WorkerResult {
  index: number;
  packed: PackedPage;
  /** Types this worker has not sent before. */
  types: [string, PooledType][];
}

const sent = new Set<string>();
const { treesDir } = (workerData ?? {}) as Partial<WorkerSetup>;
const trees = treesDir === undefined ? undefined : new KeptTrees(treesDir);

/** For the time-budget test only: this worker never finishes the page of this docs path. */
export const HANG_ON_ENV = 'APIREF_TEST_HANG_ON';
const hangOn = process.env[HANG_ON_ENV];

// Loaded: a page's time budget starts now, not while the extractor's code is still loading.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', ({ jobs }: WorkerBatch) => {
  for (const job of jobs) {
    while (job.path === hangOn);
    const { packed, types } = packPage(extractPage(job.path, job.bytes, trees));
    const fresh = types.filter(([key]) => !sent.has(key));
    for (const [key] of fresh) sent.add(key);
    parentPort!.postMessage({ index: job.index, packed, types: fresh } satisfies WorkerResult);
  }
});
