/**
 * The emitters' entry point: the model in, the package's files out. Pure: the same model
 * and options give the same bytes (no clock, no machine paths), files sorted by path.
 */
import type { DocsIr } from '../../model/ir.ts';
import { formatSource } from './format/format-source.ts';
import { buildProducts } from './model/product.ts';
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
export type { EmitContext, EmitPlugin, GeneratedFile } from './plugin.ts';

/** The output kinds, in the order they run; later plugins see the files of earlier ones. */
export const PLUGINS: readonly EmitPlugin[] = [runtimePlugin, typesPlugin, validatorsPlugin, clientPlugin, packagePlugin];

export function emitPackage(ir: DocsIr, options: Partial<EmitOptions> = {}): GeneratedFile[] {
  const resolved = withDefaults(options);
  const warn = resolved.onWarning ?? (() => undefined);
  const products = buildProducts(ir, warn);
  const printer = new SourcePrinter();
  const files: GeneratedFile[] = [];
  for (const plugin of PLUGINS) {
    files.push(...plugin.emit({ ir, options: resolved, products, files: [...files], printer }));
  }
  // Formatting is the last pass, so that plugins read each other's files as printed.
  const formatted = files.map((file) => (file.path.endsWith('.ts') ? { ...file, contents: formatSource(file.path, file.contents, warn) } : file));
  return formatted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
