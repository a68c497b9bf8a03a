import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DIST } from '../paths.ts';
import type { WorkerJob, WorkerResult, WorkerSetup } from './extract-worker.ts';

export type { WorkerJob, WorkerResult } from './extract-worker.ts';

/** The built worker (`npm run build`): workers run JavaScript, never TypeScript through a loader. */
export const WORKER_FILE = join(DIST, 'extract-worker.mjs');

/** A page the pool gave up on: its worker took too long or died on it. */
export interface FailedJob {
  job: WorkerJob;
  reason: 'timeout' | 'crash';
  detail: string;
}

export interface PoolOptions {
  /** Workers at most; one starts at once, another only when all are full (a worker's warm-up costs seconds of CPU). */
  size: number;
  /**
   * A page that takes longer is abandoned: its worker is replaced and the rest go on. A page
   * gets this much time for its first MiB and as much again for every further MiB, since
   * parsing is linear and the reference has pages of 2 MiB.
   */
  pageTimeoutMs: number;
  onResult: (result: WorkerResult) => void;
  onFailure: (failure: FailedJob) => void;
  /** Where the workers keep large pages' parse trees between runs; none without a cache. */
  treesDir?: string | undefined;
}

/**
 * A worker's heap: ample for the largest page of the reference (2 MiB of markdown is ~50 MB of
 * mdast) and its chunk cache, and a bound on the whole run's memory. A page that needs more
 * ends its worker and becomes that page's error.
 */
const WORKER_HEAP_MB = 384;
const MIB = 1024 * 1024;

/** Batches a worker may hold at once: one running, one waiting, so it never idles between them. */
const BATCHES_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Jobs posted and not yet answered, in the order the worker takes them. */
  pending: WorkerJob[];
  batches: number[];
  timer: NodeJS.Timeout | null;
  /** The worker has loaded the extractor; until then no page's time runs. */
  ready: boolean;
}

/**
 * Worker threads, up to one per core. The first starts as soon as the pool is made, so that
 * loading the extractor overlaps with listing and reading the pages; more start only while
 * every worker already holds its fill, so a run with a few pages to parse warms up one. Batches of one docs folder go to
 * the same worker where it has room, so its chunk cache sees the pages that share chunks.
 * A page that outlives its time budget or kills its worker becomes a failure; the worker
 * is replaced and given back the rest of its jobs.
 */
export class ExtractorPool {
  readonly #slots: Slot[];
  readonly #affinity = new Map<string, Slot>();
  #waiting: (() => void)[] = [];
  #idle: (() => void)[] = [];
  #closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!existsSync(WORKER_FILE)) throw new Error(`the extraction worker is not built (${WORKER_FILE}): run npm run build`);
    this.#slots = [this.#start({ pending: [], batches: [] })];
  }

  /** Hands a batch to a worker; resolves once one has room for it. */
  async submit(group: string, jobs: WorkerJob[]): Promise<void> {
    if (jobs.length === 0) return;
    let slot = this.#roomFor(group);
    while (slot === undefined) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
      slot = this.#roomFor(group);
    }
    this.#affinity.set(group, slot);
    slot.pending.push(...jobs);
    slot.batches.push(jobs.length);
    if (slot.timer === null) this.#arm(slot);
    slot.worker.postMessage({ jobs });
  }

  /** Resolves when every job handed in has been answered or given up on. */
  async drain(): Promise<void> {
    while (this.#slots.some((slot) => slot.pending.length > 0)) await new Promise<void>((resolve) => this.#idle.push(resolve));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.splice(0).map((slot) => this.#stop(slot)));
  }

  #roomFor(group: string): Slot | undefined {
    const preferred = this.#affinity.get(group);
    if (preferred && preferred.batches.length < BATCHES_PER_WORKER) return preferred;
    const free = this.#slots.filter((slot) => slot.batches.length < BATCHES_PER_WORKER);
    if (free.length === 0 && this.#slots.length < this.options.size) {
      const started = this.#start({ pending: [], batches: [] });
      this.#slots.push(started);
      return started;
    }
    return free.sort((a, b) => a.pending.length - b.pending.length)[0];
  }

  #start(slot: Omit<Slot, 'worker' | 'timer' | 'ready'>): Slot {
    const workerData: WorkerSetup = { treesDir: this.options.treesDir };
    const worker = new Worker(WORKER_FILE, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    const started: Slot = Object.assign(slot, { worker, timer: null, ready: false });
    worker.on('message', (message: WorkerResult | { ready: true }) => {
      if ('ready' in message) {
        started.ready = true;
        this.#arm(started);
      } else this.#answered(started, message);
    });
    worker.on('error', (error) => this.#fail(started, 'crash', error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => {
      if (!this.#closed && started.worker === worker) this.#fail(started, 'crash', `the worker exited with code ${code}`);
    });
    return started;
  }

  #answered(slot: Slot, result: WorkerResult): void {
    const job = slot.pending.shift();
    if (job === undefined || job.index !== result.index) return;
    this.#countDown(slot);
    this.options.onResult(result);
    this.#arm(slot);
    this.#wake();
  }

  #fail(slot: Slot, reason: FailedJob['reason'], detail: string): void {
    const job = slot.pending.shift();
    if (job === undefined) return;
    this.#countDown(slot);
    this.options.onFailure({ job, reason, detail });
    const rest = slot.pending.splice(0);
    slot.batches.splice(0);
    const old = slot.worker;
    old.removeAllListeners();
    void old.terminate();
    this.#start(slot);
    if (rest.length > 0) {
      slot.pending.push(...rest);
      slot.batches.push(rest.length);
      slot.worker.postMessage({ jobs: rest });
    }
    this.#arm(slot);
    this.#wake();
  }

  /** One job of the oldest batch is done; the batch leaves when its last job does. */
  #countDown(slot: Slot): void {
    if (slot.batches.length > 0 && --slot.batches[0]! === 0) slot.batches.shift();
  }

  #arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.pending[0];
    if (!slot.ready || job === undefined) return;
    const budget = this.options.pageTimeoutMs * Math.max(1, Math.ceil(job.bytes.length / MIB));
    slot.timer = setTimeout(() => this.#fail(slot, 'timeout', `over ${budget / 1000} s`), budget);
  }

  #wake(): void {
    for (const resolve of this.#waiting.splice(0)) resolve();
    if (this.#slots.every((slot) => slot.pending.length === 0)) for (const resolve of this.#idle.splice(0)) resolve();
  }

  async #stop(slot: Slot): Promise<void> {
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    await slot.worker.terminate();
  }
}
