import type { GeneratedFile } from '../target.ts';
import type { ProductModel } from './model/product.ts';
import type { EmitOptions } from './options.ts';
import type { SourcePrinter } from './print.ts';

export type { GeneratedFile };

/**
 * What each output kind gets for one module (a product's, or the shared one): its model and
 * the files earlier plugins wrote for it, nothing of the other modules. A module's files are
 * a function of this alone, so a cache may keep them per module and re-emit only the modules
 * whose slice of the model changed.
 */
export interface ModuleContext {
  readonly module: ProductModel;
  readonly options: EmitOptions;
  /** Files the plugins before this one produced for this module. */
  readonly files: readonly GeneratedFile[];
  readonly printer: SourcePrinter;
}

/**
 * What each output kind gets for the package-level files: the modules, not the model itself,
 * so that the files are a function of the modules' cache keys and can be cached under them.
 */
export interface EmitContext {
  readonly options: EmitOptions;
  readonly products: readonly ProductModel[];
  /** The module declaring the types several products reach (they re-export them); null when none is. */
  readonly shared: ProductModel | null;
  /** Files produced by the plugins that ran before this one, every module's included. */
  readonly files: readonly GeneratedFile[];
  readonly printer: SourcePrinter;
}

/** An output kind (types, validators, client, package files…): adding one touches no other. */
export interface EmitPlugin {
  readonly name: string;
  /** The files of one module (`src/<directory>/…`). */
  emitModule?(context: ModuleContext): GeneratedFile[];
  /**
   * What `emitModule`'s files depend on beyond the options and the module's name: the whole
   * module (the default), its types only (`'types'`: not its services), its types without their
   * words (`'shapes'`: no description of a type, field or value), or only the paths of the
   * files the plugins before it wrote (`'paths'`); so that a change elsewhere in the module
   * does not print them again.
   */
  readonly moduleInputs?: 'module' | 'types' | 'shapes' | 'paths';
  /** The files of the package as a whole, after every module's. */
  emitPackage?(context: EmitContext): GeneratedFile[];
  /**
   * What `emitPackage`'s files depend on beyond the options: the modules (the default), or
   * nothing (`'options'`), so that they are not printed again when a module changes.
   */
  readonly packageInputs?: 'modules' | 'options';
}
