/**
 * The module constants that tell the runtime where a request holds int64 fields
 * (`Int64Shape`), so that the numbers and bigints a caller puts there go out as strings.
 */
import type { Field, Message } from '../../../../model/ir.ts';
import type { ProductModel } from '../../model/product.ts';
import { stringLiteral } from '../../text.ts';
import { int64Carriers, int64Role } from '../types/int64.ts';

export function int64ShapeName(typeName: string): string {
  return `$int64_${typeName}`;
}

/** The messages holding int64 fields that some request reaches, with their emitted names. */
export function requestCarriers(product: ProductModel): Map<string, { message: Message; name: string }> {
  const found = new Map<string, { message: Message; name: string }>();
  const queue: Array<{ message: Message; name: string }> = [];
  const visit = (message: Message, name: string): void => {
    if (found.has(message.id) || !int64Carriers(product).has(message.id)) return;
    found.set(message.id, { message, name });
    queue.push({ message, name });
  };
  for (const service of product.services) {
    for (const { method } of service.methods) {
      const request = product.resolveId(method.request);
      if (request.kind === 'message') visit(request.type, request.name);
    }
  }
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const field of next.message.fields) {
      const role = int64Role(field, product);
      if (role?.kind === 'message') visit(role.message, role.name);
    }
  }
  return found;
}

/** One `const $int64_<Name>: $Int64Shape = { … }` per carrier, sorted by name for stable output. */
export function int64Shapes(product: ProductModel, carriers: ReadonlyMap<string, { message: Message; name: string }>) {
  return [...carriers.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ message, name }) => ({
      name: int64ShapeName(name),
      type: 'Int64Shape' as const,
      entries: firstOfEachName(message).flatMap((field) => {
        const role = int64Role(field, product);
        if (role === null) return [];
        if (role.kind === 'int64') return [{ key: field.jsonName, value: stringLiteral(field.map ? 'int64Map' : 'int64') }];
        const map = field.map ? ', map: true' : '';
        return [{ key: field.jsonName, value: `{ message: () => ${int64ShapeName(role.name)}${map} }` }];
      }),
      validators: [] as string[],
    }));
}

/** A field documented twice is emitted once (the types plugin says so), and an object literal may not repeat a key. */
function firstOfEachName(message: Message): Field[] {
  const seen = new Set<string>();
  return message.fields.filter((field) => !seen.has(field.jsonName) && seen.add(field.jsonName) !== undefined);
}
