import type { Field, Scalar, WellKnown } from '../../../../model/ir.ts';
import type { ProductModel, ResolvedType } from '../../model/product.ts';
import { int64Role } from './int64.ts';

const SCALAR_TYPES: Record<Scalar, string> = {
  string: 'string',
  bool: 'boolean',
  bytes: 'string',
  int32: 'number',
  uint32: 'number',
  int64: 'string',
  uint64: 'string',
  double: 'number',
  float: 'number',
};

/** The protobuf JSON mapping: 64-bit integers are strings, wrappers their value or null, times strings. */
const WELL_KNOWN_TYPES: Record<WellKnown, string> = {
  Timestamp: 'string',
  Duration: 'string',
  FieldMask: 'string',
  Struct: 'Record<string, unknown>',
  Value: 'unknown',
  ListValue: 'unknown[]',
  Any: "{ '@type'?: string; [key: string]: unknown }",
  Empty: 'Record<string, never>',
  Int64Value: 'string | null',
  UInt64Value: 'string | null',
  Int32Value: 'number | null',
  UInt32Value: 'number | null',
  DoubleValue: 'number | null',
  FloatValue: 'number | null',
  BoolValue: 'boolean | null',
  StringValue: 'string | null',
  BytesValue: 'string | null',
  TimeOfDay: '{ hours?: number; minutes?: number; seconds?: number; nanos?: number }',
  Date: '{ year?: number; month?: number; day?: number }',
};

export function valueType(resolved: ResolvedType): string {
  switch (resolved.kind) {
    case 'scalar':
      return SCALAR_TYPES[resolved.scalar];
    case 'wellKnown':
      return WELL_KNOWN_TYPES[resolved.wellKnown];
    case 'message':
    case 'enum':
      return resolved.name;
    case 'missing':
      return 'unknown';
  }
}

/**
 * A field's type; `int64` is the type its 64-bit integers take (`string`, or the type
 * parameter of a message generic in them), passed down into messages that hold some.
 */
export function fieldType(field: Field, product: ProductModel, int64 = 'string'): string {
  const base = int64 === 'string' ? valueType(product.resolve(field.type)) : int64FieldType(field, product, int64);
  if (field.map) return `Record<string, ${base}>`;
  if (field.repeated) return base.includes(' | ') ? `(${base})[]` : `${base}[]`;
  return base;
}

function int64FieldType(field: Field, product: ProductModel, int64: string): string {
  const role = int64Role(field, product);
  if (role === null) return valueType(product.resolve(field.type));
  if (role.kind === 'message') return `${role.name}<${int64}>`;
  return 'wellKnown' in field.type ? `${int64} | null` : int64;
}
