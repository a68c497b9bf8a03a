import type { Scalar } from '../../../model/ir.ts';
import type { SchemaObject } from '../types.ts';

/**
 * Scalars as the proto3 JSON mapping writes them, with grpc-gateway's formats: 64-bit
 * integers are decimal strings (JSON numbers lose precision past 2^53), bytes are base64,
 * uint32 is `int64` because it does not fit `int32`.
 */
const SCALAR_SCHEMAS: Readonly<Record<Scalar, SchemaObject>> = {
  string: { type: 'string' },
  bool: { type: 'boolean' },
  bytes: { type: 'string', format: 'byte' },
  int32: { type: 'integer', format: 'int32' },
  uint32: { type: 'integer', format: 'int64' },
  int64: { type: 'string', format: 'int64' },
  uint64: { type: 'string', format: 'uint64' },
  double: { type: 'number', format: 'double' },
  float: { type: 'number', format: 'float' },
};

export function scalarSchema(scalar: Scalar): SchemaObject {
  return { ...SCALAR_SCHEMAS[scalar] };
}
