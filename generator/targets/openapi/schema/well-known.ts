import type { WellKnown } from '../../../model/ir.ts';
import type { SchemaObject } from '../types.ts';

const int32 = (minimum: number, maximum: number, description: string): SchemaObject => ({ type: 'integer', format: 'int32', minimum, maximum, description });

/**
 * The well-known types as the proto3 JSON mapping writes them (the schemas of grpc-gateway's
 * OpenAPI v3 generator): Timestamp an RFC 3339 string, Duration `"1.5s"`, FieldMask a
 * comma-separated path list, the wrappers their value or null, Struct/Value/ListValue plain
 * JSON, Any an object with `@type`. `google.type` Date and TimeOfDay are messages on the wire.
 */
const WELL_KNOWN: Readonly<Record<WellKnown, { package: string; schema: SchemaObject }>> = {
  Timestamp: { package: 'google.protobuf', schema: { type: 'string', format: 'date-time' } },
  Duration: { package: 'google.protobuf', schema: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,9})?s$' } },
  FieldMask: { package: 'google.protobuf', schema: { type: 'string' } },
  Struct: { package: 'google.protobuf', schema: { type: 'object' } },
  Value: { package: 'google.protobuf', schema: {} },
  ListValue: { package: 'google.protobuf', schema: { type: 'array', items: {} } },
  Any: {
    package: 'google.protobuf',
    schema: {
      type: 'object',
      properties: { '@type': { type: 'string', description: 'A URL/resource name that identifies the type of the serialized message.' } },
      required: ['@type'],
      additionalProperties: {},
    },
  },
  Empty: { package: 'google.protobuf', schema: { type: 'object' } },
  Int64Value: { package: 'google.protobuf', schema: { type: ['string', 'null'], format: 'int64' } },
  UInt64Value: { package: 'google.protobuf', schema: { type: ['string', 'null'], format: 'uint64' } },
  Int32Value: { package: 'google.protobuf', schema: { type: ['integer', 'null'], format: 'int32' } },
  UInt32Value: { package: 'google.protobuf', schema: { type: ['integer', 'null'], format: 'int64' } },
  DoubleValue: { package: 'google.protobuf', schema: { type: ['number', 'null'], format: 'double' } },
  FloatValue: { package: 'google.protobuf', schema: { type: ['number', 'null'], format: 'float' } },
  BoolValue: { package: 'google.protobuf', schema: { type: ['boolean', 'null'] } },
  StringValue: { package: 'google.protobuf', schema: { type: ['string', 'null'] } },
  BytesValue: { package: 'google.protobuf', schema: { type: ['string', 'null'], format: 'byte' } },
  Date: {
    package: 'google.type',
    schema: {
      type: 'object',
      properties: {
        year: int32(0, 9999, 'Year of the date, or 0 for a date without a year.'),
        month: int32(0, 12, 'Month of a year, or 0 for a year alone.'),
        day: int32(0, 31, 'Day of a month, or 0 for a year and month alone.'),
      },
    },
  },
  TimeOfDay: {
    package: 'google.type',
    schema: {
      type: 'object',
      properties: {
        hours: int32(0, 24, 'Hours of the day in 24-hour format (24 for a closing time).'),
        minutes: int32(0, 59, 'Minutes of the hour.'),
        seconds: int32(0, 60, 'Seconds of the minute (60 for a leap second).'),
        nanos: int32(0, 999_999_999, 'Fractions of seconds in nanoseconds.'),
      },
    },
  },
};

export function wellKnownSchema(name: WellKnown): SchemaObject {
  return structuredClone(WELL_KNOWN[name].schema);
}

/** `Timestamp` for `google.protobuf.Timestamp`: a method's request or response named by id. */
export function wellKnownOfId(id: string): WellKnown | undefined {
  const name = id.slice(id.lastIndexOf('.') + 1);
  if (!Object.hasOwn(WELL_KNOWN, name)) return undefined;
  const known = name as WellKnown;
  return id === `${WELL_KNOWN[known].package}.${name}` ? known : undefined;
}

/** The JSON type a value of the well-known type is written as, for constraints and defaults. */
export function wellKnownValueType(name: WellKnown): string | undefined {
  const type = WELL_KNOWN[name].schema.type;
  return Array.isArray(type) ? (type[0] as string) : (type as string | undefined);
}
