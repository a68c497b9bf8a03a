import type { Scalar, TypeRef, WellKnown } from '../../../model/ir.ts';
import type { SchemaContext } from '../types.ts';

/**
 * What JSON one value of a type is, as far as constraints care: which keywords bind it, and
 * how a documented value ("Default value: 100.", "Value must be equal to 1,2,4.") is written.
 * `decimal` is a 64-bit integer, written as a decimal string.
 */
export type ValueKind =
  | { kind: 'string' }
  | { kind: 'integer' }
  | { kind: 'number' }
  | { kind: 'decimal' }
  | { kind: 'boolean' }
  | { kind: 'duration' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'structured' };

const SCALAR_KINDS: Readonly<Record<Scalar, ValueKind['kind']>> = {
  string: 'string',
  bytes: 'string',
  bool: 'boolean',
  int32: 'integer',
  uint32: 'integer',
  int64: 'decimal',
  uint64: 'decimal',
  double: 'number',
  float: 'number',
};

const WELL_KNOWN_KINDS: Readonly<Partial<Record<WellKnown, ValueKind['kind']>>> = {
  Timestamp: 'string',
  Duration: 'duration',
  FieldMask: 'string',
  StringValue: 'string',
  BytesValue: 'string',
  BoolValue: 'boolean',
  Int32Value: 'integer',
  UInt32Value: 'integer',
  Int64Value: 'decimal',
  UInt64Value: 'decimal',
  DoubleValue: 'number',
  FloatValue: 'number',
};

export function valueKindOf(type: TypeRef, context: Pick<SchemaContext, 'enumValues'>): ValueKind {
  if ('scalar' in type) return { kind: SCALAR_KINDS[type.scalar] } as ValueKind;
  if ('wellKnown' in type) return { kind: WELL_KNOWN_KINDS[type.wellKnown] ?? 'structured' } as ValueKind;
  const values = context.enumValues(type.ref);
  return values === undefined ? { kind: 'structured' } : { kind: 'enum', values };
}

/** Whether length and pattern keywords bind the value (JSON Schema applies them to strings only). */
export function isStringLike(kind: ValueKind): boolean {
  return kind.kind === 'string' || kind.kind === 'duration';
}

/** Whether a documented range speaks of the value (a 64-bit integer's string spells a number). */
export function isNumeric(kind: ValueKind): boolean {
  return kind.kind === 'integer' || kind.kind === 'number' || kind.kind === 'decimal';
}
