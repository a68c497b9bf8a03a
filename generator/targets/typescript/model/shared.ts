/**
 * How a product module reaches the types the shared module declares: by the names the
 * product gives them (which may differ from the shared module's, where the product holds a
 * type of the same name), imported where its own code refers to them and re-exported so that
 * `import { Operation } from '<package>/<product>'` works as if the product declared it.
 */
import type { ExportDeclarationStructure, ImportDeclarationStructure } from 'ts-morph';
import { tsMorph } from '../ts-morph.ts';
import { SHARED_DIRECTORY, type ProductModel, type TypeModel } from './product.ts';

/** An import or export specifier: the shared module's name, aliased to the product's where they differ. */
export interface Specifier {
  name: string;
  alias?: string;
}

/** The module specifier of a shared module file (`types`, `validators`) as seen from a product's folder. */
export function sharedModule(file: string): string {
  return `../${SHARED_DIRECTORY}/${file}.js`;
}

export function sharedTypes(product: ProductModel): TypeModel[] {
  return product.types.filter((type) => type.shared !== null);
}

export function specifier(shared: string, local: string): Specifier {
  return shared === local ? { name: local } : { name: shared, alias: local };
}

export function typeSpecifier(type: TypeModel): Specifier {
  return specifier(type.shared?.name ?? type.name, type.name);
}

export function importFrom(moduleSpecifier: string, specifiers: readonly Specifier[], isTypeOnly: boolean): ImportDeclarationStructure[] {
  if (specifiers.length === 0) return [];
  return [{ kind: tsMorph().StructureKind.ImportDeclaration, isTypeOnly, moduleSpecifier, namedImports: [...specifiers] }];
}

export function exportFrom(moduleSpecifier: string, specifiers: readonly Specifier[], isTypeOnly: boolean): ExportDeclarationStructure[] {
  if (specifiers.length === 0) return [];
  return [{ kind: tsMorph().StructureKind.ExportDeclaration, isTypeOnly, moduleSpecifier, namedExports: [...specifiers] }];
}
