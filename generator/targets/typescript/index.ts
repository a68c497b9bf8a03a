/**
 * The emitters' entry point: the model in, the package's files out. Pure: the same model
 * and options give the same bytes (no clock, no machine paths), files sorted by path.
 */
import type { DocsIr } from '../../model/ir.ts';
import { buildModules, type ProductModel } from './model/product.ts';
import { withDefaults, type EmitOptions } from './options.ts';
import type { EmitPlugin, GeneratedFile } from './plugin.ts';
import { clientPlugin } from './plugins/client/index.ts';
import { packagePlugin } from './plugins/package/index.ts';
import { runtimePlugin } from './plugins/runtime/index.ts';
import { typesPlugin } from './plugins/types/index.ts';
import { validatorsPlugin } from './plugins/validators/index.ts';
import { SourcePrinter } from './print.ts';

export type { EmitOptions } from './options.ts';
export { DEFAULT_PACKAGE_NAME, DEFAULT_VERSION, withDefaults } from './options.ts';
export type { EmitContext, EmitPlugin, GeneratedFile, ModuleContext } from './plugin.ts';

/** The output kinds, in the order they run; later plugins see the files of earlier ones. */
export const PLUGINS: readonly EmitPlugin[] = [runtimePlugin, typesPlugin, validatorsPlugin, clientPlugin, packagePlugin];

export function emitPackage(ir: DocsIr, options: Partial<EmitOptions> = {}): GeneratedFile[] {
  const resolved = withDefaults(options);
  const warn = resolved.onWarning ?? (() => undefined);
  const { products, shared } = buildModules(ir, warn);
  const printer = new SourcePrinter();
  const files: GeneratedFile[] = [];
  for (const module of shared === null ? products : [shared, ...products]) files.push(...emitModule(module, resolved, printer));
  for (const plugin of PLUGINS) {
    if (plugin.emitPackage) files.push(...plugin.emitPackage({ ir, options: resolved, products, shared, files: [...files], printer }));
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The files of one module, from its model alone: the seam where a per-product cache fits. */
export function emitModule(module: ProductModel, options: EmitOptions, printer = new SourcePrinter()): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const plugin of PLUGINS) if (plugin.emitModule) files.push(...plugin.emitModule({ module, options, files: [...files], printer }));
  return files;
}
