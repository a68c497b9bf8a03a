import type { DocsIr, Field, Method, Service } from '../model/ir.ts';

export interface Paired<T> {
  pairs: Array<[old: T, new: T]>;
  removed: T[];
  added: T[];
}

/** Pairs two lists by the first key, then what is left by the fallback key (if any). */
export function pairBy<T>(before: readonly T[], after: readonly T[], keys: ReadonlyArray<(item: T) => string>): Paired<T> {
  const pairs: Array<[T, T]> = [];
  let removed = [...before];
  let added = [...after];
  for (const key of keys) {
    const byKey = new Map<string, T>();
    for (const item of added) if (!byKey.has(key(item))) byKey.set(key(item), item);
    const stillRemoved: T[] = [];
    for (const item of removed) {
      const match = byKey.get(key(item));
      if (match === undefined) stillRemoved.push(item);
      else {
        pairs.push([item, match]);
        byKey.delete(key(item));
      }
    }
    const taken = new Set(pairs.map(([, b]) => b));
    removed = stillRemoved;
    added = added.filter((item) => !taken.has(item));
  }
  return { pairs, removed, added };
}

/** Services pair by id; an id that changed (a page now reveals the protobuf package) pairs by product and name. */
export const pairServices = (before: readonly Service[], after: readonly Service[]): Paired<Service> =>
  pairBy(before, after, [(s) => s.id, (s) => `${s.product}\u0000${s.name}`]);

export const pairMethods = (before: readonly Method[], after: readonly Method[]): Paired<Method> =>
  pairBy(before, after, [(m) => m.name]);

/** Fields pair by JSON name; a field whose JSON name changed pairs by its protobuf name. */
export const pairFields = (before: readonly Field[], after: readonly Field[]): Paired<Field> =>
  pairBy(before, after, [(f) => f.jsonName, (f) => f.name]);

export interface MethodPair {
  service: Service;
  old: Method;
  new: Method;
}

/**
 * Types that kept their place but not their id (an anonymous `managed-redis.X` that became
 * `yandex.cloud.mdb.redis.v1.X`): walks the paired methods' request and response trees side
 * by side and pairs an old id that is gone with a new id that did not exist, where the trees
 * put them at the same place. Each pair is visited once, so the walk is linear in the trees.
 */
export class TypePairing {
  private readonly renamed = new Map<string, string>();
  private readonly renamedFrom = new Map<string, string>();

  constructor(
    private readonly before: DocsIr,
    private readonly after: DocsIr,
    methods: readonly MethodPair[],
  ) {
    const visited = new Set<string>();
    const queue: Array<[string, string]> = [];
    const relate = (oldId: string | null, newId: string | null) => {
      if (oldId === null || newId === null || !this.related(oldId, newId)) return;
      const key = `${oldId}\u0000${newId}`;
      if (!visited.has(key)) {
        visited.add(key);
        queue.push([oldId, newId]);
      }
    };
    for (const pair of methods) {
      relate(pair.old.request, pair.new.request);
      relate(pair.old.response, pair.new.response);
      relate(pair.old.operation?.metadata ?? null, pair.new.operation?.metadata ?? null);
      relate(pair.old.operation?.response ?? null, pair.new.operation?.response ?? null);
    }
    for (let i = 0; i < queue.length; i++) {
      const [oldId, newId] = queue[i]!;
      const [oldType, newType] = [before.types[oldId], after.types[newId]];
      if (oldType?.kind !== 'message' || newType?.kind !== 'message') continue;
      for (const [a, b] of pairFields(oldType.fields, newType.fields).pairs) {
        relate(refOf(a), refOf(b));
      }
    }
  }

  /** The new id of an old type: the same id, or the id it was renamed to; null if it is gone. */
  newIdOf(oldId: string): string | null {
    if (this.after.types[oldId]) return oldId;
    return this.renamed.get(oldId) ?? null;
  }

  oldIdOf(newId: string): string | null {
    if (this.before.types[newId]) return newId;
    return this.renamedFrom.get(newId) ?? null;
  }

  /** Whether a reference to `oldId` before and to `newId` after point to the same type. */
  same(oldId: string, newId: string): boolean {
    return oldId === newId || this.renamed.get(oldId) === newId;
  }

  /** Records a rename where both ids are free for one; true if the two now count as one type. */
  private related(oldId: string, newId: string): boolean {
    if (oldId === newId) return Boolean(this.before.types[oldId] && this.after.types[newId]);
    if (this.same(oldId, newId)) return true;
    const oldType = this.before.types[oldId];
    const newType = this.after.types[newId];
    const free =
      oldType && newType && oldType.kind === newType.kind &&
      !this.after.types[oldId] && !this.before.types[newId] &&
      !this.renamed.has(oldId) && !this.renamedFrom.has(newId);
    if (!free) return false;
    this.renamed.set(oldId, newId);
    this.renamedFrom.set(newId, oldId);
    return true;
  }
}

export function refOf(field: Field): string | null {
  return 'ref' in field.type ? field.type.ref : null;
}
