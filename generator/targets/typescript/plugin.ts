import type { DocsIr } from '../../model/ir.ts';
import type { GeneratedFile } from '../target.ts';
import type { ProductModel } from './model/product.ts';
import type { EmitOptions } from './options.ts';
import type { SourcePrinter } from './print.ts';

export type { GeneratedFile };

/** What each output kind gets: the model, arranged per product, and what earlier plugins wrote. */
export interface EmitContext {
  readonly ir: DocsIr;
  readonly options: EmitOptions;
  readonly products: readonly ProductModel[];
  /** The module declaring the types several products reach (they re-export them); null when none is. */
  readonly shared: ProductModel | null;
  /** Files produced by the plugins that ran before this one. */
  readonly files: readonly GeneratedFile[];
  readonly printer: SourcePrinter;
}

/** An output kind (types, validators, client, package files…): adding one touches no other. */
export interface EmitPlugin {
  readonly name: string;
  emit(context: EmitContext): GeneratedFile[];
}
