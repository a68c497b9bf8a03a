import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';
import type { Field, Message } from '../../../../model/ir.ts';
import { describe, formatHint, jsDoc, protobufNote } from '../../docs.ts';
import type { ProductModel } from '../../model/product.ts';
import { propertyName } from '../../property.ts';
import { INT64_PARAMETER, int64Carriers } from './int64.ts';
import { fieldType } from './type-expression.ts';

/** A message as an interface: fields by jsonName, optional unless the docs say required. */
export function messageInterface(message: Message, name: string, product: ProductModel, warn: (text: string) => void): InterfaceDeclarationStructure {
  const seen = new Set<string>();
  const generic = int64Carriers(product).has(message.id);
  const properties: OptionalKind<PropertySignatureStructure>[] = [];
  for (const field of message.fields) {
    if (seen.has(field.jsonName)) {
      warn(`${product.product}: ${message.id} describes field ${field.jsonName} twice; the first description is kept`);
      continue;
    }
    seen.add(field.jsonName);
    const oneof = field.oneof === null ? undefined : oneofNote(message, field.oneof, field.jsonName);
    properties.push({
      name: propertyName(field.jsonName),
      hasQuestionToken: !field.required,
      type: fieldType(field, product, generic ? INT64_PARAMETER : 'string'),
      docs: jsDoc([describe(field.description, product), oneof, formatHint(field)], fieldTags(field)),
    });
  }
  return {
    kind: tsMorph().StructureKind.Interface,
    name,
    isExported: true,
    ...(generic ? { typeParameters: [{ name: INT64_PARAMETER, default: 'string' }] } : {}),
    docs: jsDoc([
      describe(message.description, product),
      generic ? `\`${INT64_PARAMETER}\` is the type of its int64 fields: \`string\` as responses hold them; requests take \`Int64Input\` (a string, a safe integer or a bigint).` : undefined,
      protobufNote(message.id, product),
    ]),
    properties,
  };
}

function oneofNote(message: Message, oneofName: string, jsonName: string): string {
  const group = message.oneofs.find((oneof) => oneof.name === oneofName);
  const others = (group?.fields ?? []).filter((name) => name !== jsonName).map((name) => `\`${name}\``);
  return others.length === 0 ? `Part of the oneof \`${oneofName}\`.` : `Part of the oneof \`${oneofName}\`: set at most one of this and ${others.join(', ')}.`;
}

/** `@defaultValue` where the docs state what the API assumes when the field is unset. */
function fieldTags(field: Field): { tagName: string; text?: string }[] {
  const tags: { tagName: string; text?: string }[] = [];
  const stated = field.constraints.default;
  if (stated !== undefined) tags.push({ tagName: 'defaultValue', text: stated.includes('`') ? stated : `\`${stated}\`` });
  if (field.deprecated) tags.push({ tagName: 'deprecated' });
  return tags;
}
