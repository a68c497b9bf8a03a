import type { StatementStructures, WriterFunction } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';
import type { Enum } from '../../../../model/ir.ts';
import { describe, jsDoc, protobufNote } from '../../docs.ts';
import type { ProductModel } from '../../model/product.ts';
import { exportedObjectConstant } from '../../property.ts';
import { stringLiteral } from '../../text.ts';

/**
 * An enum as a union of string literals plus a `const` object of the same name holding the
 * values. The union is open (`| (string & {})`): the API adds values before the docs list
 * them, and a response carrying one must still type-check; editors still offer the listed
 * values, and request validation still accepts only them.
 */
export function enumStatements(enumDef: Enum, name: string, product: ProductModel): Array<StatementStructures | WriterFunction> {
  const values = uniqueValues(enumDef);
  const docs = jsDoc([
    describe(enumDef.description, product),
    values.length === 0 ? 'The docs list no values, so any string is accepted.' : 'Open: a value the docs do not list yet is a `string` too; requests are validated against the listed ones.',
    protobufNote(enumDef.id, product),
  ]);
  return [
    {
      kind: tsMorph().StructureKind.TypeAlias,
      name,
      isExported: true,
      docs,
      type: values.length === 0 ? 'string' : `${values.map((value) => stringLiteral(value.name)).join(' | ')} | (string & {})`,
    },
    exportedObjectConstant(
      name,
      { docs: `The values of {@link ${name}}, to write \`${name}.VALUE\`.`, asConst: true },
      values.map((value) => ({ key: value.name, value: stringLiteral(value.name), docs: describe(value.description, product) })),
    ),
  ];
}

function uniqueValues(enumDef: Enum): Enum['values'] {
  const seen = new Set<string>();
  return enumDef.values.filter((value) => !seen.has(value.name) && seen.add(value.name) !== undefined);
}
