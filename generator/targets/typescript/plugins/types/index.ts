import type { StatementStructures, WriterFunction } from 'ts-morph';
import type { ProductModel } from '../../model/product.ts';
import { exportFrom, importFrom, sharedModule, sharedTypes, typeSpecifier } from '../../model/shared.ts';
import type { EmitPlugin } from '../../plugin.ts';
import { enumStatements } from './enum.ts';
import { messageInterface } from './message.ts';

/**
 * `src/<product>/types.ts`: an interface per message, a union and a const object per enum;
 * the types the shared module declares are imported and re-exported under the product's names.
 * `src/shared/types.ts` declares those, once.
 */
export const typesPlugin: EmitPlugin = {
  name: 'types',
  moduleInputs: 'types',
  emitModule({ module: product, printer, options }) {
    const warn = options.onWarning ?? (() => undefined);
    const own: Array<StatementStructures | WriterFunction> = product.types.flatMap((type) => {
      if (type.shared !== null) return [];
      return type.def.kind === 'message' ? [messageInterface(type.def, type.name, product, warn)] : enumStatements(type.def, type.name, product);
    });
    const statements = [...sharedTypeStatements(product), ...own];
    const path = `src/${product.directory}/types.ts`;
    // A product may use only well-known types; its module still has to be one.
    return [{ path, contents: printer.print(path, { statements: statements.length > 0 ? statements : ['export {};'] }) }];
  },
};

/** The shared types the product's own messages refer to (imported), and all it reaches (re-exported). */
function sharedTypeStatements(product: ProductModel): StatementStructures[] {
  const shared = sharedTypes(product);
  if (shared.length === 0) return [];
  const referenced = referencedIds(product);
  const module = sharedModule('types');
  return [
    ...importFrom(module, shared.filter((type) => referenced.has(type.def.id)).map(typeSpecifier), true),
    ...exportFrom(module, shared.filter((type) => type.def.kind === 'message').map(typeSpecifier), true),
    // An enum is a type and a const object: re-exported as a value, it brings both.
    ...exportFrom(module, shared.filter((type) => type.def.kind === 'enum').map(typeSpecifier), false),
  ];
}

function referencedIds(product: ProductModel): Set<string> {
  const ids = new Set<string>();
  for (const type of product.types) {
    if (type.shared !== null || type.def.kind !== 'message') continue;
    for (const field of type.def.fields) if ('ref' in field.type) ids.add(field.type.ref);
  }
  return ids;
}
