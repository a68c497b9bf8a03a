import type { PageStore } from '../io/page-store.ts';
import type { DocsIr, Layout } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';

/** Where the pipeline reads pages from and what it may reuse. */
export interface BuildIrOptions {
  /** Root of the docs tree (`en/…`, `ru/…` below it). */
  docsDir: string;
  /** Globs over docs paths (relative, `/`-separated); a page is read if it matches an include (or there are none) and no exclude. */
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  /** Extracts of earlier runs by content; absent means parse everything. */
  store?: PageStore | null | undefined;
  /** Called as pages finish, for a progress line on a terminal. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Larger pages are not read; a diagnostic says so. Default 32 MiB. */
  maxPageBytes?: number | undefined;
  /** A page that takes longer to read (per MiB begun) is abandoned with a diagnostic. Default 30 s. */
  pageTimeoutMs?: number | undefined;
  /** Extraction worker threads. Default: one per core. */
  workers?: number | undefined;
  /** Given every page's extract before the merge, for a caller that compares pages (the lint). */
  onPages?: ((pages: readonly PageExtract[]) => void) | undefined;
}

/** Wall-clock milliseconds of each stage; extraction overlaps reading. */
export interface StageTimes {
  /** Listing the docs tree. */
  walk: number;
  /** Reading, hashing and the page store, until the last page is handed to a worker. */
  read: number;
  /** Until the last page's extract is back. */
  extract: number;
  merge: number;
}

export interface BuildStats {
  /** Pages read as API reference (method pages, and pages that look like them). */
  pages: number;
  pagesByLayout: Record<Layout, number>;
  /** Markdown pages the cheap scan found to be no API reference: not read further. */
  skipped: number;
  /** Pages parsed in this run. */
  parsed: number;
  /** Pages whose extract came from the page store. */
  fromStore: number;
  /**
   * How the model was had: merged from every page's extract, the last run's model reused
   * (the same pages), or that model with the words of edited pages replaced.
   */
  model: ModelSource;
  /** Pages given up on (a time budget passed, a worker died, the file could not be read). */
  failed: number;
  services: number;
  methods: number;
  types: number;
  /** Bytes of the pages read (from disk or hashed) in this run. */
  bytes: number;
  times: StageTimes;
  ms: number;
}

export type ModelSource = 'merged' | 'reused' | 'patched';

export interface BuildIrResult {
  ir: DocsIr;
  stats: BuildStats;
}
