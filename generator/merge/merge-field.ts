import type { Constraints, Field, StringLimits, TypeRef } from '../model/ir.ts';
import { type MergeContext, mergeText, report } from './context.ts';

/** Where pages describe one field, the first page's facts stand and the others fill gaps; real disagreements are reported. */
export function mergeField(kept: Field, other: Field, keptAt: string, otherAt: string, messageId: string, context: MergeContext): Field {
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

/**
 * Types whose JSON form is, or may be, a string: a page that writes `**string**` for them says
 * nothing false. Proto3's JSON mapping takes a double or float as a string too (`"0.75"`), and
 * REST pages write `**string**` for some (`utilizationTarget`, where the gRPC page says `double`).
 */
const STRING_ON_THE_WIRE = new Set(['string', 'int64', 'uint64', 'bytes', 'Timestamp', 'Duration', 'FieldMask', 'double', 'float']);

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

/**
 * The first page's constraints stand and the others fill gaps, key by key; within map key
 * and value limits too, so an EN page's key length and a RU page's key pattern both stay.
 */
function mergeConstraints(kept: Constraints, other: Constraints, where: string, keptAt: string, otherAt: string, context: MergeContext): Constraints {
  const conflict = (key: string, a: unknown, b: unknown): void => {
    report(context, otherAt, 'conflicting-constraint', `${where}: ${key} is ${render(a)} at ${keptAt}, ${render(b)} here; the first is kept`);
  };
  const merged: Constraints = { ...other, ...kept };
  for (const key of Object.keys(kept) as (keyof Constraints)[]) {
    const [a, b] = [kept[key], other[key]];
    if (b === undefined) continue;
    if (key === 'mapKey' || key === 'mapValue') merged[key] = mergeLimits(a as StringLimits, b as StringLimits, key, conflict);
    else if (!sameValue(a, b)) conflict(key, a, b);
  }
  return merged;
}

function mergeLimits(kept: StringLimits, other: StringLimits, name: string, conflict: (key: string, a: unknown, b: unknown) => void): StringLimits {
  for (const key of Object.keys(kept) as (keyof StringLimits)[]) {
    if (other[key] !== undefined && other[key] !== kept[key]) conflict(`${name}.${key}`, kept[key], other[key]);
  }
  return { ...other, ...kept };
}

/** A value set is the same set in any order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join(',') === [...b].sort().join(',');
  return a === b;
}

function render(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}
