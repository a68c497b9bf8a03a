/**
 * int64 fields are strings in the JSON mapping, and responses keep them so (lossless), but a
 * request may give them as numbers or bigints. A message that holds int64 fields, directly or
 * through nested messages, is emitted generic in their type (`Backup<$Int64 = string>`), so
 * that one interface serves both: `Backup` reads, `Backup<Int64Input>` is written.
 */
import type { Field, Message } from '../../../../model/ir.ts';
import type { ProductModel } from '../../model/product.ts';

/** The type parameter of such a message; `$` keeps it apart from every name taken from the docs. */
export const INT64_PARAMETER = '$Int64';

const carriersByProduct = new WeakMap<ProductModel, ReadonlySet<string>>();

/** How a field holds 64-bit integers: itself, through a message that does, or not at all. */
export type Int64Role = { kind: 'int64' } | { kind: 'message'; message: Message; name: string } | null;

export function int64Role(field: Field, product: ProductModel): Int64Role {
  if (isInt64Field(field)) return { kind: 'int64' };
  if (!('ref' in field.type)) return null;
  const resolved = product.resolve(field.type);
  if (resolved.kind !== 'message' || !int64Carriers(product).has(resolved.type.id)) return null;
  return { kind: 'message', message: resolved.type, name: resolved.name };
}

/** Ids of the product's messages that hold int64 fields at any depth (recursive types included). */
export function int64Carriers(product: ProductModel): ReadonlySet<string> {
  let carriers = carriersByProduct.get(product);
  if (carriers === undefined) {
    carriers = findCarriers(product);
    carriersByProduct.set(product, carriers);
  }
  return carriers;
}

function findCarriers(product: ProductModel): Set<string> {
  const messages = product.types.flatMap((type) => (type.def.kind === 'message' ? [type.def] : []));
  // Who holds whom, backwards: a carrier makes every message holding it one too.
  const holders = new Map<string, string[]>();
  for (const message of messages) {
    for (const field of message.fields) {
      const held = 'ref' in field.type ? product.resolve(field.type) : undefined;
      if (held?.kind === 'message') holders.get(held.type.id)?.push(message.id) ?? holders.set(held.type.id, [message.id]);
    }
  }
  const carriers = new Set(messages.filter((message) => message.fields.some(isInt64Field)).map((message) => message.id));
  const queue = [...carriers];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const holder of holders.get(next) ?? []) {
      if (carriers.has(holder)) continue;
      carriers.add(holder);
      queue.push(holder);
    }
  }
  return carriers;
}

function isInt64Field(field: Field): boolean {
  const type = field.type;
  if ('scalar' in type) return type.scalar === 'int64' || type.scalar === 'uint64';
  return 'wellKnown' in type && (type.wellKnown === 'Int64Value' || type.wellKnown === 'UInt64Value');
}
