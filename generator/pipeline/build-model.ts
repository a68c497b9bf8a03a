import { selectProducts } from './select-products.ts';
import type { ApirefConfig } from '../config/config.ts';
import type { DocsIr } from '../model/ir.ts';
import { buildIr } from './build-ir.ts';
import type { BuildIrOptions, BuildStats } from './types.ts';
import { PageStore } from '../io/page-store.ts';
import { extractorFingerprint } from './fingerprint.ts';

export interface ModelBuild {
  /** The model of the selected products. */
  ir: DocsIr;
  stats: BuildStats;
}

export interface BuildModelOptions {
  /** Another docs root than the config's (a git revision's pages). */
  docsDir?: string;
  useCache?: boolean;
  onProgress?: (done: number, total: number) => void;
  onPages?: BuildIrOptions['onPages'];
}

/** The pipeline run the way the config says: its page globs, its cache, its products. */
export async function buildModel(config: ApirefConfig, options: BuildModelOptions = {}): Promise<ModelBuild> {
  const { ir, stats } = await buildIrWithConfig(config, options);
  return { ir: selectProducts(ir, config.products), stats };
}

/**
 * The model of every product, read with the config's page globs, limits and cache. The page
 * store is let go here: held on through the emit, the whole reference's extracts would sit
 * in memory beside the package being built.
 */
export async function buildIrWithConfig(config: ApirefConfig, options: BuildModelOptions = {}): Promise<ModelBuild> {
  const store = options.useCache !== false && config.cache ? await PageStore.open(config.cache, extractorFingerprint()) : null;
  const { ir, stats } = await buildIr({
    docsDir: options.docsDir ?? config.docs,
    include: config.pages.include,
    exclude: config.pages.exclude,
    maxPageBytes: config.pages.maxBytes,
    pageTimeoutMs: config.pages.timeoutMs,
    store,
    onProgress: options.onProgress,
    onPages: options.onPages,
  });
  return { ir, stats };
}
