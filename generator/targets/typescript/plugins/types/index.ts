import type { StatementStructures, WriterFunction } from 'ts-morph';
import type { EmitPlugin } from '../../plugin.ts';
import { enumStatements } from './enum.ts';
import { messageInterface } from './message.ts';

/** `src/<product>/types.ts`: an interface per message, a union and a const object per enum. */
export const typesPlugin: EmitPlugin = {
  name: 'types',
  emit({ products, printer, options }) {
    const warn = options.onWarning ?? (() => undefined);
    return products.map((product) => {
      const statements: Array<StatementStructures | WriterFunction> = product.types.flatMap((type) =>
        type.def.kind === 'message' ? [messageInterface(type.def, type.name, product, warn)] : enumStatements(type.def, type.name, product),
      );
      const path = `src/${product.directory}/types.ts`;
      // A product may use only well-known types; its module still has to be one.
      return { path, contents: printer.print(path, { statements: statements.length > 0 ? statements : ['export {};'] }) };
    });
  },
};
