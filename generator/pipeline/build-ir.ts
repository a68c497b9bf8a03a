import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { keptTreesFolder, pruneKeptTrees } from '../io/kept-trees.ts';
import type { PageStore, StoredHead } from '../io/page-store.ts';
import { type ModelMemo, readModelMemo, saveModelMemo } from '../io/model-memo.ts';
import { compareDiagnostics } from '../model/diagnostics.ts';
import { docsFolder, languageOfPath } from '../model/docs-paths.ts';
import { LAYOUT_NAMES } from '../extract/layouts/registry.ts';
import type { Diagnostic, DocsIr, Layout } from '../model/ir.ts';
import { mergePages } from '../merge/index.ts';
import { type HeldPage, heldPage, type PackedPage, type PooledType, type TypePool, unpackPage } from './packed-page.ts';
import { buildFingerprint } from './fingerprint.ts';
import { MAX_EDITED_PAGES, type MergedPage, reuseModel } from './reuse-model.ts';
import type { BuildIrOptions, BuildIrResult, BuildStats, ModelSource, StageTimes } from './types.ts';
import { walkDocs, type PageFile } from './walk-docs.ts';
import { ExtractorPool, type FailedJob, type WorkerJob } from './worker-pool.ts';

export type { BuildIrOptions, BuildIrResult, BuildStats } from './types.ts';

export const DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024;
export const DEFAULT_PAGE_TIMEOUT_MS = 30_000;
/** Pages handed to a worker at once: enough to keep it busy, few enough to balance the cores. */
const BATCH = 24;

/**
 * Reads a docs tree into the merged model. Pages stream through: listed, then read, hashed
 * and looked up in the page store a batch at a time, the rest extracted on worker threads,
 * so only the batches in flight hold page bytes; what comes back is packed (types shared by
 * content). Then the extracts are merged.
 */
export async function buildIr(options: BuildIrOptions): Promise<BuildIrResult> {
  const started = performance.now();
  const run = new Run(options.store ?? null);
  const newPool = () =>
    new ExtractorPool({
      size: options.workers ?? availableParallelism(),
      pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
      onResult: (result) => run.extracted(result.index, result.packed, result.types),
      onFailure: (failure) => run.failed(failure),
      treesDir: options.store ? keptTreesFolder(options.store.dir, options.store.fingerprint) : undefined,
    });
  const walk = await walkDocs(options.docsDir, { include: options.include, exclude: options.exclude, maxPageBytes: options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES });
  const walked = performance.now();
  run.start(walk.pages, options.onProgress);
  let read = walked;
  await extractWith(newPool(), async (pool) => {
    let submitted = 0;
    for (const batch of batchesOf(walk.pages)) {
      const jobs = await run.read(batch.pages);
      submitted += jobs.length;
      await pool.submit(batch.group, jobs);
    }
    read = performance.now();
    // This thread only waits for the workers now: the kept model, if the run may patch it, is read meanwhile.
    if (submitted <= MAX_EDITED_PAGES) run.readMemoAhead();
  });
  // The workers' heaps (their chunk caches) went before the merge builds the model beside the extracts.
  const extracted = performance.now();
  const ir = await run.merge(walk.diagnostics, options.onPages, (jobs) => extractWith(newPool(), (pool) => pool.submit('again', jobs)));
  // After the merge, which may have asked the store for pages as they were: those are kept as used.
  await run.store?.save();
  if (run.store) pruneKeptTrees(run.store.dir, run.store.fingerprint);
  const times: StageTimes = { walk: walked - started, read: read - walked, extract: extracted - read, merge: performance.now() - extracted };
  return { ir, stats: run.stats(ir, times, performance.now() - started) };
}

/** Submits jobs to a pool, waits for them all and closes it, whatever happens. */
async function extractWith(pool: ExtractorPool, submit: (pool: ExtractorPool) => Promise<void>): Promise<void> {
  try {
    await submit(pool);
    await pool.drain();
  } finally {
    await pool.close();
  }
}

interface Batch {
  group: string;
  pages: { page: PageFile; index: number }[];
}

/**
 * The pages in batches of one docs folder, the languages of a page side by side: the pages
 * that share most of their chunks meet in one worker, one after another.
 */
function* batchesOf(pages: readonly PageFile[]): Generator<Batch> {
  const order = pages.map((page, index) => ({ page, index, group: docsFolder(page.path), rest: page.path.slice(page.path.indexOf('/') + 1) }));
  order.sort((a, b) => compare(a.group, b.group) || compare(a.rest, b.rest) || compare(a.page.path, b.page.path));
  let batch: Batch | null = null;
  for (const { page, index, group } of order) {
    if (batch && (batch.group !== group || batch.pages.length >= BATCH)) {
      yield batch;
      batch = null;
    }
    batch ??= { group, pages: [] };
    batch.pages.push({ page, index });
  }
  if (batch) yield batch;
}

/** One build's state: each page's packed extract (or failure) by its index in the listing. */
class Run {
  readonly pool: TypePool;
  #pages: readonly PageFile[] = [];
  #results: (HeldPage | undefined)[] = [];
  #keys: string[] = [];
  #transient = new Set<number>();
  /** Pages listed but not readable: they have a diagnostic, not a source. */
  #unread: Diagnostic[] = [];
  #onProgress: BuildIrOptions['onProgress'];
  #done = 0;
  #parsed = 0;
  #fromStore = 0;
  #bytes = 0;
  #model: ModelSource = 'merged';
  #memo: Promise<ModelMemo | null> | undefined;

  constructor(readonly store: PageStore | null) {
    this.pool = store?.pool ?? new Map();
  }

  start(pages: readonly PageFile[], onProgress: BuildIrOptions['onProgress']): void {
    this.#pages = pages;
    this.#results = new Array(pages.length);
    this.#keys = new Array(pages.length);
    this.#onProgress = onProgress;
  }

  /** Resolves each page of a batch from the store where it can; returns the jobs left to extract. */
  async read(batch: Batch['pages']): Promise<WorkerJob[]> {
    const jobs = await Promise.all(batch.map(({ page, index }) => this.#readOne(page, index)));
    return jobs.filter((job): job is WorkerJob => job !== null);
  }

  async #readOne(page: PageFile, index: number): Promise<WorkerJob | null> {
    const known = this.store?.knownKey(page);
    const head = known === undefined ? undefined : this.store?.head(known);
    if (head) return this.#hit(index, known!, head);
    return this.#readFile(page, index, true);
  }

  /** The page's bytes and content key, and the job to extract it unless the store has that key (and may be asked). */
  async #readFile(page: PageFile, index: number, lookUp: boolean): Promise<WorkerJob | null> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(page.file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      this.#unread.push({ severity: 'warning', code: 'unreadable-page', message: `the page cannot be read (${code}); left out`, source: page.path, line: 1, column: 1 });
      this.#results[index] = undefined;
      this.#onProgress?.(++this.#done, this.#pages.length);
      return null;
    }
    this.#bytes += bytes.length;
    const key = createHash('sha256').update(page.path).update('\0').update(bytes).digest('hex');
    this.store?.rememberFile(page, key);
    this.#keys[index] = key;
    const head = lookUp ? this.store?.head(key) : undefined;
    if (head) return this.#hit(index, key, head);
    return { index, path: page.path, bytes };
  }

  extracted(index: number, packed: PackedPage, types: [string, PooledType][]): void {
    for (const [key, type] of types) this.pool.set(key, type);
    this.#parsed++;
    this.store?.set(this.#keys[index]!, packed, types);
    this.#settle(index, this.#keys[index]!, heldPage(packed));
  }

  failed({ job, reason, detail }: FailedJob): void {
    const sha256 = createHash('sha256').update(job.bytes).digest('hex');
    const message =
      reason === 'timeout'
        ? `reading the page took too long (${detail}); it is left out. A page this slow is an apiref bug: please report it with the page`
        : `the extractor died on the page (${detail}); it is left out. Please report it with the page`;
    const page: PackedPage = {
      source: { path: job.path, lang: languageOfPath(job.path), layout: 'other', sha256 },
      services: [],
      types: [],
      diagnostics: [{ severity: 'error', code: reason === 'timeout' ? 'page-timeout' : 'extract-crashed', message, source: job.path, line: 1, column: 1 }],
    };
    this.#settle(job.index, this.#keys[job.index]!, heldPage(page), true);
  }

  #hit(index: number, key: string, head: StoredHead): null {
    this.#fromStore++;
    const store = this.store!;
    return this.#settle(index, key, { source: head.source, notApiReference: head.notApiReference, packed: () => store.page(key) });
  }

  #settle(index: number, key: string, page: HeldPage, transient = false): null {
    this.#results[index] = page;
    this.#keys[index] = key;
    if (transient) this.#transient.add(index);
    this.#onProgress?.(++this.#done, this.#pages.length);
    return null;
  }

  /**
   * The model of the pages read, with what the listing and reading could not take. With a
   * page store, a merged model is kept beside it, and reused by a run of the same pages or of
   * pages edited only in their words.
   */
  async merge(walkDiagnostics: readonly Diagnostic[], onPages: BuildIrOptions['onPages'], extractAgain: (jobs: WorkerJob[]) => Promise<void>): Promise<DocsIr> {
    // A page that failed this time is not what it will be: neither reused nor kept.
    const memo = this.store !== null && onPages === undefined && this.#transient.size === 0 ? this.store : null;
    const ahead = this.#memo;
    this.#memo = undefined;
    let ir = memo === null ? null : await this.#reused(memo, this.#merged(), ahead);
    if (ir === null) {
      await this.#extractDamaged(extractAgain);
      const merged = this.#merged();
      const pages = merged.map((page) => unpackPage(page.packed()!, this.pool));
      onPages?.(pages);
      ir = mergePages(pages);
      if (memo !== null && this.#transient.size === 0) await saveModelMemo(memo.dir, buildFingerprint(), { pages: new Map(merged.map((page) => [page.path, page.key])), ir });
    }
    const unread = [...walkDiagnostics, ...this.#unread];
    if (unread.length > 0) ir = { ...ir, diagnostics: [...ir.diagnostics, ...unread].sort(compareDiagnostics) };
    return ir;
  }

  #merged(): MergedPage[] {
    const merged: MergedPage[] = [];
    for (const [index, held] of this.#results.entries()) if (held !== undefined && !held.notApiReference) merged.push({ ...held, path: this.#pages[index]!.path, key: this.#keys[index]! });
    return merged;
  }

  /** Pages whose stored extract cannot be read back after all (a damaged store line) are read and extracted again. */
  async #extractDamaged(extractAgain: (jobs: WorkerJob[]) => Promise<void>): Promise<void> {
    const damaged = [...this.#results.entries()].filter(([, held]) => held !== undefined && !held.notApiReference && held.packed() === undefined).map(([index]) => index);
    if (damaged.length === 0) return;
    this.#done -= damaged.length;
    this.#fromStore -= damaged.length;
    const jobs = await Promise.all(damaged.map((index) => this.#readFile(this.#pages[index]!, index, false)));
    await extractAgain(jobs.filter((job): job is WorkerJob => job !== null));
  }

  /** Starts reading the kept model before the merge asks for it. */
  readMemoAhead(): void {
    if (this.store !== null) this.#memo ??= readModelMemo(this.store.dir, buildFingerprint());
  }

  async #reused(store: PageStore, merged: readonly MergedPage[], ahead: Promise<ModelMemo | null> | undefined): Promise<DocsIr | null> {
    const memo = await (ahead ?? readModelMemo(store.dir, buildFingerprint()));
    const ir = memo === null ? null : reuseModel(memo, merged, (key) => store.page(key), this.pool);
    this.#model = ir === null ? 'merged' : ir === memo?.ir ? 'reused' : 'patched';
    // A patched model is not kept: the next run patches the kept one again (the pages as they
    // were stay in the store while it asks for them), which is quicker than writing it.
    return ir;
  }

  stats(ir: DocsIr, times: StageTimes, ms: number): BuildStats {
    const pagesByLayout = Object.fromEntries(LAYOUT_NAMES.map((layout) => [layout, 0])) as Record<Layout, number>;
    let skipped = 0;
    let pages = 0;
    for (const page of this.#results) {
      if (page?.notApiReference) skipped++;
      else if (page) {
        pages++;
        pagesByLayout[page.source.layout]++;
      }
    }
    return {
      pages,
      pagesByLayout,
      skipped,
      parsed: this.#parsed,
      fromStore: this.#fromStore,
      model: this.#model,
      failed: this.#transient.size + this.#unread.length,
      services: ir.services.length,
      methods: ir.services.reduce((sum, service) => sum + service.methods.length, 0),
      types: Object.keys(ir.types).length,
      bytes: this.#bytes,
      times,
      ms: Math.round(ms),
    };
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
