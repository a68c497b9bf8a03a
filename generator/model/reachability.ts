import type { DocsIr, Field, Method, TypeDef } from './ir.ts';

/** Which way a type travels from where a method's walk starts. */
export type Side = 'request' | 'response';

/** A type a method names outright: its request, its response, an Operation's metadata and response. */
export interface MethodRoot {
  id: string;
  side: Side;
}

/** How a walk came to a type: straight from a root, or through a field of a type it had reached. */
export type Arrival<Root> = { root: Root } | { from: string; field: Field };

export type TypeLookup = (id: string) => TypeDef | undefined;

/** The lookup of a model's types (own keys only: a type id is never `constructor`'s prototype). */
export const typesOf = (ir: DocsIr): TypeLookup => (id) => (Object.hasOwn(ir.types, id) ? ir.types[id] : undefined);

/** The roots of a method, request first; an Operation's types travel with the response. */
export function methodRoots(method: Method): MethodRoot[] {
  const roots: MethodRoot[] = [{ id: method.request, side: 'request' }, { id: method.response, side: 'response' }];
  if (method.operation?.metadata) roots.push({ id: method.operation.metadata, side: 'response' });
  if (method.operation?.response) roots.push({ id: method.operation.response, side: 'response' });
  return roots;
}

/**
 * The one walk from roots through message fields to the types they reach, among those
 * `typeOf` knows, breadth first in field order. `arrive` is told of every arrival and says
 * whether to walk on from the type; a type it accepts once is walked once, so the walk is
 * linear in the fields. Merge, emit, diff and product selection all walk with it.
 */
export function walkTypes<Root extends { id: string }>(typeOf: TypeLookup, roots: Iterable<Root>, arrive: (id: string, arrival: Arrival<Root>) => boolean): void {
  const queue: string[] = [];
  for (const root of roots) if (typeOf(root.id) && arrive(root.id, { root })) queue.push(root.id);
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i]!;
    const type = typeOf(from);
    if (type?.kind !== 'message') continue;
    for (const field of type.fields) {
      if ('ref' in field.type && typeOf(field.type.ref) && arrive(field.type.ref, { from, field })) queue.push(field.type.ref);
    }
  }
}

/** Ids of the types that `methods` reach, through fields, to any depth; `extraIds` are roots too. */
export function reachableTypes(typeOf: TypeLookup, methods: Iterable<Method>, extraIds: readonly string[] = []): Set<string> {
  const roots: { id: string }[] = [...methods].flatMap(methodRoots);
  for (const id of extraIds) roots.push({ id });
  const reached = new Set<string>();
  walkTypes(typeOf, roots, (id) => {
    if (reached.has(id)) return false;
    reached.add(id);
    return true;
  });
  return reached;
}
