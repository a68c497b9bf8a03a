/**
 * The emitters' entry point: the model in, the package's files out. Pure: the same model
 * and options give the same bytes (no clock, no machine paths), files sorted by path.
 */
import type { DocsIr } from '../../model/ir.ts';
import { moduleDigests, moduleKey, packageKey, type ModuleCache, type ModuleDigests } from './cache.ts';
import { formatSource } from './format/format-source.ts';
import { buildModules, type ProductModel } from './model/product.ts';
import { withDefaults, type EmitOptions } from './options.ts';
import type { EmitPlugin, GeneratedFile } from './plugin.ts';
import { clientPlugin } from './plugins/client/index.ts';
import { packagePlugin } from './plugins/package/index.ts';
import { runtimePlugin } from './plugins/runtime/index.ts';
import { typesPlugin } from './plugins/types/index.ts';
import { validatorsPlugin } from './plugins/validators/index.ts';
import { SourcePrinter } from './print.ts';

export { folderCache, type CachedModule, type ModuleCache } from './cache.ts';
export type { EmitOptions } from './options.ts';
export { DEFAULT_PACKAGE_NAME, DEFAULT_VERSION, withDefaults } from './options.ts';
export type { EmitContext, EmitPlugin, GeneratedFile, ModuleContext } from './plugin.ts';

/** The output kinds, in the order they run; later plugins see the files of earlier ones. */
export const PLUGINS: readonly EmitPlugin[] = [runtimePlugin, typesPlugin, validatorsPlugin, clientPlugin, packagePlugin];

export function emitPackage(ir: DocsIr, options: Partial<EmitOptions> = {}): GeneratedFile[] {
  const resolved = withDefaults(options);
  const sink = new WarningSink(resolved.onWarning ?? (() => undefined));
  const { products, shared } = buildModules(ir, sink.warn);
  const printer = new SourcePrinter();
  const files: GeneratedFile[] = [];
  const used = new Set<string>();
  for (const module of shared === null ? products : [shared, ...products]) files.push(...moduleFiles(module, resolved, printer, sink, used));
  const moduleKeys = [...used];
  const packageFiles: GeneratedFile[] = [];
  for (const plugin of PLUGINS) {
    const emit = plugin.emitPackage;
    if (emit === undefined) continue;
    const keyOf = (): string => packageKey(plugin.name, plugin.packageInputs === 'options' ? [] : moduleKeys, resolved);
    const context = { options: resolved, products, shared, files: [...files, ...packageFiles], printer };
    packageFiles.push(...cachedFiles(resolved.cache, keyOf, sink, used, () => formatted(emit(context), sink.warn)));
  }
  resolved.cache?.retain(used);
  return [...files, ...packageFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Formatting is each file's last pass, inside its cache entry: a warm run formats nothing again. */
function formatted(files: GeneratedFile[], warn: (message: string) => void): GeneratedFile[] {
  return files.map((file) => (file.path.endsWith('.ts') ? { ...file, contents: formatSource(file.path, file.contents, warn) } : file));
}

/** The files of one module, from its model alone: the seam where the per-module cache fits. */
export function emitModule(module: ProductModel, options: EmitOptions, printer = new SourcePrinter()): GeneratedFile[] {
  const warn = options.onWarning ?? (() => undefined);
  return eachPlugin(module, options, printer, (_plugin, _earlier, emit) => formatted(emit(), warn));
}

/** A module's files, each plugin's from the cache where its key is there. */
function moduleFiles(module: ProductModel, options: EmitOptions, printer: SourcePrinter, sink: WarningSink, used: Set<string>): GeneratedFile[] {
  const emitOptions = { ...options, onWarning: sink.warn };
  let digests: ModuleDigests | undefined;
  return eachPlugin(module, emitOptions, printer, (plugin, earlier, emit) => {
    const keyOf = (): string => moduleKey(plugin, (digests ??= moduleDigests(module, options)), earlier.map((file) => file.path));
    return cachedFiles(options.cache, keyOf, sink, used, () => formatted(emit(), sink.warn));
  });
}

/** Runs each plugin's `emitModule` in order, through `files`, which may take them from a cache. */
function eachPlugin(
  module: ProductModel,
  options: EmitOptions,
  printer: SourcePrinter,
  files: (plugin: EmitPlugin, earlier: readonly GeneratedFile[], emit: () => GeneratedFile[]) => GeneratedFile[],
): GeneratedFile[] {
  const emitted: GeneratedFile[] = [];
  for (const plugin of PLUGINS) {
    const emitModuleFiles = plugin.emitModule;
    if (emitModuleFiles === undefined) continue;
    const earlier = [...emitted];
    emitted.push(...files(plugin, earlier, () => emitModuleFiles({ module, options, files: earlier, printer })));
  }
  return emitted;
}

/** Files from the cache where the key is there, else emitted (and kept); their warnings either way, in order. */
function cachedFiles(cache: ModuleCache | undefined, keyOf: () => string, sink: WarningSink, used: Set<string>, emit: () => GeneratedFile[]): GeneratedFile[] {
  if (cache === undefined) return emit();
  const key = keyOf();
  used.add(key);
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = sink.collect(emit);
    cache.set(key, entry);
  }
  for (const warning of entry.warnings) sink.outer(warning);
  return entry.files.map((file) => ({ path: file.path, contents: file.contents }));
}

/**
 * Where warnings go: to the caller, or, while a module is emitted for the cache, into its
 * entry (the model's own warnings about a module's types come lazily, as it is emitted).
 */
class WarningSink {
  readonly outer: (message: string) => void;
  #collected: string[] | null = null;

  constructor(outer: (message: string) => void) {
    this.outer = outer;
  }

  readonly warn = (message: string): void => {
    if (this.#collected === null) this.outer(message);
    else this.#collected.push(message);
  };

  collect(emit: () => GeneratedFile[]): { files: GeneratedFile[]; warnings: string[] } {
    const warnings: string[] = [];
    this.#collected = warnings;
    try {
      return { files: emit(), warnings };
    } finally {
      this.#collected = null;
    }
  }
}
