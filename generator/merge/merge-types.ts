import type { Constraints, Diagnostic, Enum, EnumValue, Field, LocalizedText, Message, Oneof, TypeDef, TypeRef } from '../model/ir.ts';
import type { PageEnum, PageMessage } from '../model/page.ts';
import { oneofNameFor } from '../model/oneof-name.ts';
import type { Occurrences, TypeOccurrence } from './occurrences.ts';
import type { UnionFind } from './union-find.ts';

const ORIGIN_RANK = { qualified: 0, named: 1, anonymous: 2 } as const;

/** The id a set of unified page types is known by: its full name where any page gives one. */
export function chooseIds(occurrences: Occurrences, sets: UnionFind): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const ids of sets.groups(occurrences.types.keys()).values()) {
    const best = [...ids].sort((a, b) => rank(a, occurrences) - rank(b, occurrences) || (a < b ? -1 : 1))[0] ?? '';
    for (const id of ids) chosen.set(id, best);
  }
  return chosen;
}

const rank = (id: string, occurrences: Occurrences): number => ORIGIN_RANK[occurrences.types.get(id)?.[0]?.type.origin ?? 'anonymous'];

export interface MergeContext {
  idOf: (id: string) => string;
  report: (diagnostic: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }) => void;
}

/** One model type from every page occurrence of the ids that were unified into it. */
export function mergeType(id: string, list: readonly TypeOccurrence[], context: MergeContext): TypeDef {
  const first = list[0]?.type;
  if (first?.kind === 'enum') return mergeEnum(id, list.map((entry) => entry.type).filter((type): type is PageEnum => type.kind === 'enum'));
  const messages = list.filter((entry): entry is TypeOccurrence & { type: PageMessage } => entry.type.kind === 'message');
  return mergeMessage(id, messages, context);
}

function mergeEnum(id: string, types: readonly PageEnum[]): Enum {
  const values = new Map<string, EnumValue>();
  let order: string[] = [];
  for (const type of types) {
    for (const value of type.values) {
      const existing = values.get(value.name);
      if (existing) existing.description = mergeText(existing.description, value.description);
      else values.set(value.name, { name: value.name, description: { ...value.description } });
    }
    order = interleave(order, type.values.map((value) => value.name));
  }
  return {
    kind: 'enum',
    id,
    name: types.find((type) => type.origin !== 'anonymous')?.name ?? types[0]?.name ?? id,
    description: types.reduce<LocalizedText>((text, type) => mergeText(text, type.description), {}),
    values: order.map((name) => values.get(name) as EnumValue),
    sources: mergeSources(types),
  };
}

/**
 * The documented order of values two pages list: a value only the second page has goes
 * right after the value it follows there (so `*_UNSPECIFIED`, listed first, stays first).
 */
function interleave(known: readonly string[], incoming: readonly string[]): string[] {
  const result = [...known];
  const present = new Set(known);
  let insertAt = 0;
  for (const name of incoming) {
    if (present.has(name)) {
      insertAt = result.indexOf(name) + 1;
      continue;
    }
    result.splice(insertAt++, 0, name);
    present.add(name);
  }
  return result;
}

function mergeMessage(id: string, list: readonly (TypeOccurrence & { type: PageMessage })[], context: MergeContext): Message {
  const fields = new Map<string, { field: Field; where: string }>();
  const oneofs = new Map<string, Oneof>();
  for (const { type } of list) {
    const where = type.sources[0] ?? type.id;
    for (const field of type.fields) {
      const incoming = { ...field, type: mapRef(field.type, context) };
      const existing = fields.get(field.jsonName);
      if (existing) existing.field = mergeField(existing.field, incoming, existing.where, where, id, context);
      else fields.set(field.jsonName, { field: incoming, where });
    }
    for (const oneof of type.oneofs) {
      const existing = oneofs.get(oneof.name);
      if (existing) {
        existing.fields = [...new Set([...existing.fields, ...oneof.fields])];
        existing.required ||= oneof.required;
      } else oneofs.set(oneof.name, { ...oneof, fields: [...oneof.fields] });
    }
  }
  const types = list.map((entry) => entry.type);
  reportFieldSets(id, types, fields, context);
  const merged = [...fields.values()].map((entry) => entry.field);
  return {
    kind: 'message',
    id,
    name: types.find((type) => type.origin !== 'anonymous')?.name ?? types[0]?.name ?? id,
    description: types.reduce<LocalizedText>((text, type) => mergeText(text, type.description), {}),
    fields: merged,
    oneofs: preferDocumentedNames([...oneofs.values()], merged),
    sources: mergeSources(types),
  };
}

/**
 * One page names a oneof (`result`), another only lists its members ("Includes only one of
 * the fields `error`, `response`"): the same oneof, under the name the docs give.
 */
function preferDocumentedNames(oneofs: Oneof[], fields: Field[]): Oneof[] {
  const key = (oneof: Oneof): string => [...oneof.fields].sort().join(',');
  const documented = new Map(oneofs.filter((oneof) => oneof.name !== oneofNameFor(oneof.fields)).map((oneof) => [key(oneof), oneof.name]));
  const kept: Oneof[] = [];
  for (const oneof of oneofs) {
    const name = oneof.name === oneofNameFor(oneof.fields) ? documented.get(key(oneof)) : undefined;
    if (name === undefined) {
      kept.push(oneof);
      continue;
    }
    for (const field of fields) if (field.oneof === oneof.name) field.oneof = name;
  }
  return kept;
}

/** Pages that document one message with different fields (often pages of different dates) are told apart, naming both places. */
function reportFieldSets(id: string, types: readonly PageMessage[], fields: Map<string, { where: string }>, context: MergeContext): void {
  if (types.length < 2) return;
  const reported = new Set<string>();
  for (const type of types) {
    const where = type.sources[0] ?? type.id;
    const page = splitRef(where)[0];
    if (reported.has(page)) continue;
    const own = new Set(type.fields.map((field) => field.jsonName));
    const missing = [...fields].filter(([jsonName, entry]) => !own.has(jsonName) && splitRef(entry.where)[0] !== page);
    if (missing.length === 0) continue;
    reported.add(page);
    const named = missing.map(([jsonName, entry]) => `${jsonName} (${entry.where})`).join(', ');
    report(context, where, 'field-set-differs', `${id}: this page does not document ${named}`, 'info');
  }
}

function mapRef(type: TypeRef, context: MergeContext): TypeRef {
  return 'ref' in type ? { ref: context.idOf(type.ref) } : type;
}

/** Where pages describe one field, the first page's facts stand and the others fill gaps; real disagreements are reported. */
function mergeField(kept: Field, other: Field, keptAt: string, otherAt: string, messageId: string, context: MergeContext): Field {
  const type = mergeFieldType(kept, other);
  if (type === null) {
    report(context, otherAt, 'conflicting-field-type', `${messageId}.${kept.jsonName}: ${describeType(kept)} at ${keptAt}, ${describeType(other)} here; the first is kept`);
  }
  const chosen = type ?? { type: kept.type, map: kept.map };
  return {
    ...kept,
    description: mergeText(kept.description, other.description),
    type: chosen.type,
    map: chosen.map,
    repeated: chosen.map ? false : kept.repeated || other.repeated,
    required: kept.required || other.required,
    oneof: kept.oneof ?? other.oneof,
    deprecated: kept.deprecated || other.deprecated,
    constraints: mergeConstraints(kept.constraints, other.constraints, `${messageId}.${kept.jsonName}`, keptAt, otherAt, context),
  };
}

/**
 * How specific a notation is: a message or enum beats a well-known wrapper, which beats a
 * typed scalar, which beats the plain string that legacy pages write for what they cannot type.
 */
function strength(type: TypeRef): number {
  if ('ref' in type) return 3;
  if ('wellKnown' in type) return type.wellKnown === 'Struct' ? 1 : 2;
  return type.scalar === 'string' ? 0 : 2;
}

const WRAPPED: Record<string, string> = {
  Int64Value: 'int64', UInt64Value: 'uint64', Int32Value: 'int32', UInt32Value: 'uint32',
  DoubleValue: 'double', FloatValue: 'float', BoolValue: 'bool', StringValue: 'string', BytesValue: 'bytes',
};

/** The JSON-level class two notations must share to be one type (`**string** (int64)` is `Int64Value`'s wire form). */
function wireClass(type: TypeRef): string {
  if ('ref' in type) return `ref:${type.ref}`;
  if ('wellKnown' in type) return WRAPPED[type.wellKnown] ?? type.wellKnown;
  return type.scalar;
}

/** Types whose JSON form is a string: a page that writes `**string**` for them says nothing false. */
const STRING_ON_THE_WIRE = new Set(['string', 'int64', 'uint64', 'bytes', 'Timestamp', 'Duration', 'FieldMask']);

function mergeFieldType(a: Field, b: Field): { type: TypeRef; map: Field['map'] } | null {
  if (Boolean(a.map) !== Boolean(b.map)) {
    const [withMap, without] = a.map ? [a, b] : [b, a];
    // A bare legacy object is read as a map or a Struct by its wording; the page that ranks first decides.
    if ('wellKnown' in without.type && without.type.wellKnown === 'Struct') return { type: a.type, map: a.map };
    return strength(without.type) <= 1 ? { type: withMap.type, map: withMap.map } : null;
  }
  if (wireClass(a.type) === wireClass(b.type)) return { type: strength(b.type) > strength(a.type) ? b.type : a.type, map: a.map };
  const [strong, weak] = strength(a.type) >= strength(b.type) ? [a, b] : [b, a];
  const compatible = strength(weak.type) === 1 || (strength(weak.type) === 0 && (STRING_ON_THE_WIRE.has(wireClass(strong.type)) || isRef(strong.type)));
  return compatible ? { type: strong.type, map: strong.map } : null;
}

const isRef = (type: TypeRef): boolean => 'ref' in type;

function describeType(field: Field): string {
  const base = 'ref' in field.type ? field.type.ref : 'wellKnown' in field.type ? field.type.wellKnown : field.type.scalar;
  return field.map ? `map<${field.map.key}, ${base}>` : field.repeated ? `repeated ${base}` : base;
}

function mergeConstraints(kept: Constraints, other: Constraints, where: string, keptAt: string, otherAt: string, context: MergeContext): Constraints {
  const merged: Constraints = { ...other, ...kept };
  for (const key of Object.keys(kept) as (keyof Constraints)[]) {
    if (other[key] !== undefined && other[key] !== kept[key]) {
      report(context, otherAt, 'conflicting-constraint', `${where}: ${key} is ${String(kept[key])} at ${keptAt}, ${String(other[key])} here; the first is kept`);
    }
  }
  return merged;
}

export function mergeText(a: LocalizedText, b: LocalizedText): LocalizedText {
  const text: LocalizedText = {};
  const en = a.en || b.en;
  const ru = a.ru || b.ru;
  if (en) text.en = en;
  if (ru) text.ru = ru;
  return text;
}

function mergeSources(types: readonly { sources: string[] }[]): string[] {
  return [...new Set(types.flatMap((type) => type.sources))].sort(compareRefs);
}

export function compareRefs(a: string, b: string): number {
  const [pathA = '', lineA = '0'] = splitRef(a);
  const [pathB = '', lineB = '0'] = splitRef(b);
  return pathA < pathB ? -1 : pathA > pathB ? 1 : Number(lineA) - Number(lineB);
}

const splitRef = (ref: string): [string, string] => {
  const colon = ref.lastIndexOf(':');
  return [ref.slice(0, colon), ref.slice(colon + 1)];
};

function report(context: MergeContext, at: string, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): void {
  const [source, line] = splitRef(at);
  context.report({ severity, code, message, source, line: Number(line) || 1, column: 1 });
}
