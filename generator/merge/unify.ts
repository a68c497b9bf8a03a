import type { IdOrigin, PageType } from '../model/page.ts';
import { protobufPackage } from '../model/docs-paths.ts';
import { fittingName } from './fitting-name.ts';
import type { Occurrences } from './occurrences.ts';
import { UnionFind } from './union-find.ts';

/**
 * Decides which page types are one type. Pages that document the same method are walked
 * together along its request and response trees, so a legacy anonymous `**object**` meets
 * the named message documented elsewhere; a message named without its package meets the
 * one full name of that product that ends the same way.
 */
export function unifyTypes(occurrences: Occurrences): UnionFind {
  const sets = new UnionFind();
  const sameMethods: [string, string][] = [];
  const roots = new Set<string>();
  for (const methods of occurrences.methods.values()) {
    for (const list of methods.values()) {
      for (const { method } of list) roots.add(method.request).add(method.response);
      const [first, ...rest] = list;
      if (!first) continue;
      for (const other of rest) {
        sameMethods.push([first.method.request, other.method.request], [first.method.response, other.method.response]);
        const [a, b] = [first.method.operation, other.method.operation];
        if (a?.metadata && b?.metadata) sameMethods.push([a.metadata, b.metadata]);
        if (a?.response && b?.response) sameMethods.push([a.response, b.response]);
      }
    }
  }
  // Surest first: what pages of one method say is one type binds before a likeness of names or shapes can.
  walk([sameMethods, sameNameInProduct(occurrences), acrossCopies(occurrences), sameAnonymousShapes(occurrences, roots)], occurrences, sets);
  for (const [a, b] of sameEnumsInPackage(occurrences)) sets.union(a, b);
  return sets;
}

/**
 * Legacy REST pages flatten one message wherever it is used, each copy an anonymous type
 * (`config.redisConfig_5_0.effectiveConfig`, `….userConfig`, `….defaultConfig`). Anonymous
 * messages of one product documented alike — the same fields, types, limits and text, all the
 * way down — are one, where one name fits every place (`fittingName`); messages alike but for
 * names with no word in common stay apart, so that no field is typed under another's name. A
 * method's own request or response is not: `Delete` and `Stop` taking the same path parameter
 * still take different messages.
 */
function sameAnonymousShapes(occurrences: Occurrences, roots: ReadonlySet<string>): [string, string][] {
  const shapes = new Map<string, string>();
  const shapeOf = (id: string, depth: number): string => {
    const cached = shapes.get(id);
    if (cached !== undefined) return cached;
    const type = occurrences.types.get(id)?.[0]?.type;
    if (!type || type.origin !== 'anonymous' || depth > 32) return `#${id}`;
    const parts =
      type.kind === 'enum'
        ? type.values.map((value) => value.name)
        : type.fields.map((field) => {
            const ref = 'ref' in field.type ? shapeOf(field.type.ref, depth + 1) : JSON.stringify(field.type);
            return `${field.jsonName}:${field.repeated}:${field.map?.key ?? ''}:${ref}:${JSON.stringify([field.required, field.constraints, field.description])}`;
          });
    const shape = `${type.kind}(${parts.join(',')})`;
    shapes.set(id, shape);
    return shape;
  };
  const alike = new Map<string, { id: string; name: string }[]>();
  for (const [id, list] of occurrences.types) {
    const type = list[0]?.type;
    if (type?.kind !== 'message' || type.origin !== 'anonymous' || type.fields.length === 0 || roots.has(id)) continue;
    const key = `${id.slice(0, id.indexOf('.'))}\u0000${shapeOf(id, 0)}`;
    alike.get(key)?.push({ id, name: type.name }) ?? alike.set(key, [{ id, name: type.name }]);
  }
  const pairs: [string, string][] = [];
  for (const group of alike.values()) {
    const fits = fittingName(group.map((member) => member.name)) !== null;
    const first = new Map<string, string>();
    for (const { id, name } of group) {
      const key = fits ? '' : name;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, id);
      else pairs.push([seen, id]);
    }
  }
  return pairs;
}

/**
 * Pages show an enum inline in each message that uses it, so one package-level enum gets an
 * id per message (`…v1.Captcha.CaptchaComplexity`, `…v1.OverrideVariant.CaptchaComplexity`;
 * on legacy REST pages `…Read.Response.vector.Kind`, `…Write.Request.metrics.Kind`).
 * Same package (or product, where no page names the package), same name, same values: one enum.
 */
function sameEnumsInPackage(occurrences: Occurrences): [string, string][] {
  const first = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const [id, list] of occurrences.types) {
    const type = list[0]?.type;
    if (type?.kind !== 'enum' || type.origin === 'named') continue;
    const scope = type.origin === 'qualified' ? (protobufPackage(id) ?? id) : `${id.slice(0, id.indexOf('.'))}\u0000anonymous`;
    const values = type.values.map((value) => value.name).filter((value) => !value.endsWith('_UNSPECIFIED')).sort();
    const key = `${scope}\u0000${type.name}\u0000${values.join(',')}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, id);
    else pairs.push([seen, id]);
  }
  return pairs;
}

/** Joins each batch's pairs, and the field types they lead to, before the next batch. */
function walk(batches: [string, string][][], occurrences: Occurrences, sets: UnionFind): void {
  const fieldTypes = indexFieldTypes(occurrences);
  // The full protobuf name a set holds, by the set's root: two different ones never join.
  const qualified = new Map<string, string>();
  const qualifiedOf = (id: string): string | undefined => qualified.get(sets.find(id)) ?? (describe(id, occurrences)?.origin === 'qualified' ? id : undefined);
  for (const batch of batches) {
    const pending = [...batch].reverse();
    while (pending.length > 0) {
      const [a, b] = pending.pop() as [string, string];
      const [qa, qb] = [qualifiedOf(a), qualifiedOf(b)];
      if ((qa && qb && qa !== qb) || !sameKind(a, b, occurrences) || !sets.union(a, b)) continue;
      const merged = qa ?? qb;
      if (merged) qualified.set(sets.find(a), merged);
      const fieldsA = fieldTypes.get(a);
      const fieldsB = fieldTypes.get(b);
      if (!fieldsA || !fieldsB) continue;
      for (const [jsonName, refA] of fieldsA) {
        const refB = fieldsB.get(jsonName);
        if (refB !== undefined && refB !== refA) pending.push([refA, refB]);
      }
    }
  }
}

/** For each message id, the type each field refers to (first page that says wins). */
function indexFieldTypes(occurrences: Occurrences): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const [id, list] of occurrences.types) {
    const fields = new Map<string, string>();
    for (const { type } of list) {
      if (type.kind !== 'message') continue;
      for (const field of type.fields) if ('ref' in field.type && !fields.has(field.jsonName)) fields.set(field.jsonName, field.type.ref);
    }
    index.set(id, fields);
  }
  return index;
}

function describe(id: string, occurrences: Occurrences): { kind: PageType['kind']; origin: IdOrigin } | null {
  const first = occurrences.types.get(id)?.[0]?.type;
  return first ? { kind: first.kind, origin: first.origin } : null;
}

/** A message never becomes an enum, and a type no page documents joins nothing. */
function sameKind(a: string, b: string, occurrences: Occurrences): boolean {
  const typeA = describe(a, occurrences);
  const typeB = describe(b, occurrences);
  return a !== b && typeA !== null && typeB !== null && typeA.kind === typeB.kind;
}

/** `managed-redis.Backup` (a legacy gRPC page) and `yandex.cloud.mdb.redis.v1.Backup`, where that is the product's only `Backup`. */
function sameNameInProduct(occurrences: Occurrences): [string, string][] {
  const qualifiedByName = new Map<string, string[]>();
  const productsOf = new Map<string, Set<string>>();
  for (const [id, list] of occurrences.types) {
    const first = list[0]?.type;
    if (first?.origin !== 'qualified') continue;
    for (const { page } of list) for (const service of page.services) add(productsOf, id, service.product);
    const name = id.slice(id.lastIndexOf('.') + 1);
    const ids = qualifiedByName.get(name);
    if (ids) ids.push(id);
    else qualifiedByName.set(name, [id]);
  }
  const pairs: [string, string][] = [];
  for (const [id, list] of occurrences.types) {
    if (list[0]?.type.origin !== 'named') continue;
    const dot = id.indexOf('.');
    const [product, name] = [id.slice(0, dot), id.slice(dot + 1)];
    const candidates = (qualifiedByName.get(name) ?? []).filter((candidate) => productsOf.get(candidate)?.has(product));
    if (candidates.length === 1 && candidates[0]) pairs.push([id, candidates[0]]);
  }
  return pairs;
}

/** Pages documenting one type under one id may still name its field types differently (a legacy anonymous `error` object). */
function acrossCopies(occurrences: Occurrences): [string, string][] {
  const pairs: [string, string][] = [];
  for (const list of occurrences.types.values()) {
    if (list.length < 2) continue;
    const firstRef = new Map<string, string>();
    for (const { type } of list) {
      if (type.kind !== 'message') continue;
      for (const field of type.fields) {
        if (!('ref' in field.type)) continue;
        const first = firstRef.get(field.jsonName);
        if (first === undefined) firstRef.set(field.jsonName, field.type.ref);
        else if (first !== field.type.ref) pairs.push([first, field.type.ref]);
      }
    }
  }
  return pairs;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
