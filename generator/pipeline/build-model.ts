import { selectProducts } from './select-products.ts';
import type { ApirefConfig } from '../config/config.ts';
import type { DocsIr } from '../model/ir.ts';
import { buildIr } from './build-ir.ts';
import type { BuildStats } from './types.ts';
import { DiskPageCache } from '../io/page-cache.ts';

export interface ModelBuild {
  /** The model of the selected products. */
  ir: DocsIr;
  stats: BuildStats;
  cache: DiskPageCache | null;
}

export interface BuildModelOptions {
  /** Another docs root than the config's (a git revision's pages). */
  docsDir?: string;
  useCache?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** The pipeline run the way the config says: its page globs, its cache, its products. */
export async function buildModel(config: ApirefConfig, options: BuildModelOptions = {}): Promise<ModelBuild> {
  const cache = options.useCache !== false && config.cache ? new DiskPageCache(config.cache) : null;
  const { ir, stats } = await buildIr({
    docsDir: options.docsDir ?? config.docs,
    include: config.pages.include,
    exclude: config.pages.exclude,
    ...(cache ? { cache } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ir: selectProducts(ir, config.products), stats, cache };
}
