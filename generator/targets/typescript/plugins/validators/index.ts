import type { StatementStructures, WriterFunction } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';
import { jsDoc } from '../../docs.ts';
import type { ProductModel } from '../../model/product.ts';
import { compareStrings } from '../../naming.ts';
import { exportFrom, importFrom, sharedModule, sharedTypes, specifier, type Specifier } from '../../model/shared.ts';
import type { EmitPlugin } from '../../plugin.ts';
import { ModuleConstants } from './constants.ts';
import { messageCheckBody } from './message-check.ts';

/**
 * `src/<product>/validators.ts`: `validate<Name>` per message, each also a Standard Schema; the
 * shared module's validators are re-exported under the product's names, and its check functions
 * (exported there for this) check the shared messages the product's own ones hold.
 */
export const validatorsPlugin: EmitPlugin = {
  name: 'validators',
  moduleInputs: 'shapes',
  emitModule({ module: product, printer, options }) {
    const warn = options.onWarning ?? (() => undefined);
    const path = `src/${product.directory}/validators.ts`;
    return [{ path, contents: printer.print(path, { statements: validatorStatements(product, warn) }) }];
  },
};

function validatorStatements(product: ProductModel, warn: (message: string) => void): Array<WriterFunction | StatementStructures> {
  const constants = new ModuleConstants((message) => warn(`${product.product}: ${message}`));
  const checkNames = new Map(product.types.map((type) => [type.def.id, `$check${type.name}`]));
  const sharedChecks = new Map<string, Specifier>();
  const checkName = (id: string): string => {
    const type = product.typeModel(id);
    if (type?.shared) sharedChecks.set(id, specifier(`$check${type.shared.name}`, checkNames.get(id) as string));
    return checkNames.get(id) as string;
  };
  const messages = product.types.filter((type) => type.def.kind === 'message' && type.shared === null);
  const declarations: StatementStructures[] = messages.flatMap((type): StatementStructures[] => {
    if (type.def.kind !== 'message' || type.validatorName === null) return [];
    return [
      {
        kind: tsMorph().StructureKind.VariableStatement,
        isExported: true,
        declarationKind: tsMorph().VariableDeclarationKind.Const,
        docs: jsDoc([
          `Checks that a value is a {@link ${type.name}} as the docs describe it; never throws, never changes the value. Also a Standard Schema v1.`,
        ]),
        declarations: [
          {
            name: type.validatorName,
            type: `$v.Validator<${type.name}>`,
            initializer: `/* @__PURE__ */ $v.createValidator<${type.name}>(${checkName(type.def.id)})`,
          },
        ],
      },
      {
        kind: tsMorph().StructureKind.Function,
        name: checkName(type.def.id),
        isExported: product.isShared,
        parameters: [
          { name: 'value', type: 'unknown' },
          { name: 'path', type: 'string' },
          { name: 'issues', type: '$v.Issue[]' },
        ],
        returnType: 'void',
        statements: writeLines(messageCheckBody(type.def, { product, constants, checkName, warn: (message) => warn(`${product.product}: ${message}`) })),
      },
    ];
  });
  const typeNames = messages.map((type) => type.name);
  const imports: StatementStructures[] = [
    { kind: tsMorph().StructureKind.ImportDeclaration, moduleSpecifier: '../runtime/validation.js', namespaceImport: '$v' },
  ];
  if (typeNames.length > 0) {
    imports.push({ kind: tsMorph().StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './types.js', namedImports: typeNames });
  }
  const module = sharedModule('validators');
  imports.push(...importFrom(module, [...sharedChecks.values()].sort((a, b) => compareStrings(a.alias ?? a.name, b.alias ?? b.name)), false));
  const sharedValidators = sharedTypes(product).flatMap((type) =>
    type.shared?.validatorName && type.validatorName ? [specifier(type.shared.validatorName, type.validatorName)] : [],
  );
  imports.push(...exportFrom(module, sharedValidators, false));
  // Declarations first: building them is what collects the constants.
  const constantBlock: WriterFunction[] =
    constants.declarations().length === 0 ? [] : [(writer) => writeLines(constants.declarations())(writer.blankLine())];
  return [...imports, ...constantBlock, ...declarations];
}

function writeLines(lines: readonly string[]): WriterFunction {
  return (writer) => {
    for (const line of lines) writer.writeLine(line);
  };
}
