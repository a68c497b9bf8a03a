import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageExtract } from '../model/page.ts';

export interface PageJob {
  path: string;
  bytes: Uint8Array;
}

const BOOTSTRAP = new URL('./extract-worker.mjs', import.meta.url);

/**
 * Extracts pages on worker threads, one per core. Pages are independent until the merge,
 * so this is the one place the pipeline goes parallel. Results come back in job order.
 */
export async function extractInWorkers(jobs: readonly PageJob[], onDone: (index: number) => void): Promise<PageExtract[]> {
  const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const results: PageExtract[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: size }, () => new Worker(BOOTSTRAP));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              if (next >= jobs.length) return resolve();
              const index = next++;
              const job = jobs[index] as PageJob;
              worker.once('message', (result: PageExtract) => {
                results[index] = result;
                onDone(index);
                feed();
              });
              worker.postMessage(job);
            };
            worker.once('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
