import type { DocsIr, Layout } from '../model/ir.ts';

/** Where the pipeline reads pages from and what it may reuse. */
export interface BuildIrOptions {
  /** Root of the docs tree (`en/…`, `ru/…` below it). */
  docsDir: string;
  /** Globs over docs paths (relative, `/`-separated); a page is read if it matches an include (or there are none) and no exclude. */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Parsed pages keyed by content hash; absent means parse everything. */
  cache?: PageCache;
  /** Called as pages finish, for a progress line on a terminal. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildStats {
  pages: number;
  pagesByLayout: Record<Layout, number>;
  /** Pages parsed in this run (the rest came from the cache). */
  parsed: number;
  services: number;
  methods: number;
  types: number;
  ms: number;
}

export interface BuildIrResult {
  ir: DocsIr;
  stats: BuildStats;
}

/**
 * A store of per-page extraction results keyed by `<extractor version>:<sha256 of the page bytes>`.
 * Values are JSON-serialisable and opaque to the cache.
 */
export interface PageCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
}
