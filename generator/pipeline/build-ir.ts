import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractPage } from '../extract/extract-page.ts';
import { mergePages } from '../merge/index.ts';
import type { Layout } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';
import type { BuildIrOptions, BuildIrResult, BuildStats } from './types.ts';
import { extractorFingerprint } from './fingerprint.ts';
import { listPages } from './list-pages.ts';
import { extractInWorkers, type PageJob } from './worker-pool.ts';

export type { BuildIrOptions, BuildIrResult, BuildStats, PageCache } from './types.ts';

/** Below this many pages to parse, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 64;

/** Reads a docs tree into the merged model: list, read, extract (cached, in parallel), merge. */
export async function buildIr(options: BuildIrOptions): Promise<BuildIrResult> {
  const started = performance.now();
  const paths = await listPages(options.docsDir, options.include, options.exclude);
  const jobs: PageJob[] = await Promise.all(paths.map(async (path) => ({ path, bytes: new Uint8Array(await readFile(join(options.docsDir, path))) })));
  const pages: (PageExtract | undefined)[] = new Array(jobs.length);
  const keys = jobs.map((job) => cacheKey(job));
  const misses: number[] = [];
  await Promise.all(
    jobs.map(async (_job, index) => {
      const cached = (await options.cache?.get(keys[index] as string)) as PageExtract | undefined;
      if (cached) pages[index] = cached;
      else misses.push(index);
    }),
  );
  misses.sort((a, b) => a - b);

  let done = jobs.length - misses.length;
  const progress = (): void => options.onProgress?.(++done, jobs.length);
  const missJobs = misses.map((index) => jobs[index] as PageJob);
  const extracted =
    missJobs.length >= PARALLEL_THRESHOLD
      ? await extractInWorkers(missJobs, progress)
      : missJobs.map((job) => {
          const page = extractPage(job.path, job.bytes);
          progress();
          return page;
        });
  await Promise.all(
    misses.map(async (index, i) => {
      const page = extracted[i] as PageExtract;
      pages[index] = page;
      await options.cache?.set(keys[index] as string, page);
    }),
  );

  const all = pages as PageExtract[];
  const ir = mergePages(all);
  return { ir, stats: statsOf(ir, all, misses.length, performance.now() - started) };
}

/** The extractor's fingerprint, the page's path (product and language fall back on it) and its bytes. */
function cacheKey(job: PageJob): string {
  const hash = createHash('sha256').update(job.path).update('\0').update(job.bytes).digest('hex');
  return `${extractorFingerprint()}-${hash}`;
}

function statsOf(ir: BuildIrResult['ir'], pages: readonly PageExtract[], parsed: number, ms: number): BuildStats {
  const pagesByLayout: Record<Layout, number> = { 'rest-method': 0, 'rest-method-legacy': 0, 'grpc-method': 0, 'grpc-service-legacy': 0, other: 0 };
  for (const page of pages) pagesByLayout[page.source.layout]++;
  return {
    pages: pages.length,
    pagesByLayout,
    parsed,
    services: ir.services.length,
    methods: ir.services.reduce((sum, service) => sum + service.methods.length, 0),
    types: Object.keys(ir.types).length,
    ms: Math.round(ms),
  };
}
