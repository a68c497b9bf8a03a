import { describe, expect, it } from 'vitest';
import type { WellKnown } from '../../../../generator/model/ir.ts';
import { wellKnownOfId, wellKnownSchema } from '../../../../generator/targets/openapi/schema/well-known.ts';

describe('wellKnownSchema: the proto3 JSON mapping', () => {
  const cases: Array<{ given: WellKnown; want: object }> = [
    { given: 'Timestamp', want: { type: 'string', format: 'date-time' } },
    { given: 'Duration', want: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,9})?s$' } },
    { given: 'FieldMask', want: { type: 'string' } },
    { given: 'Struct', want: { type: 'object' } },
    { given: 'Value', want: {} },
    { given: 'ListValue', want: { type: 'array', items: {} } },
    { given: 'Empty', want: { type: 'object' } },
    { given: 'Int64Value', want: { type: ['string', 'null'], format: 'int64' } },
    { given: 'UInt64Value', want: { type: ['string', 'null'], format: 'uint64' } },
    { given: 'Int32Value', want: { type: ['integer', 'null'], format: 'int32' } },
    { given: 'UInt32Value', want: { type: ['integer', 'null'], format: 'int64' } },
    { given: 'DoubleValue', want: { type: ['number', 'null'], format: 'double' } },
    { given: 'FloatValue', want: { type: ['number', 'null'], format: 'float' } },
    { given: 'BoolValue', want: { type: ['boolean', 'null'] } },
    { given: 'StringValue', want: { type: ['string', 'null'] } },
    { given: 'BytesValue', want: { type: ['string', 'null'], format: 'byte' } },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(wellKnownSchema(given)).toEqual(want);
  });

  it('writes Any as an object with @type and any other member', () => {
    expect(wellKnownSchema('Any')).toMatchObject({ type: 'object', required: ['@type'], properties: { '@type': { type: 'string' } }, additionalProperties: {} });
  });

  it('writes google.type Date and TimeOfDay as the messages they are, with their ranges', () => {
    expect(wellKnownSchema('Date')).toMatchObject({ type: 'object', properties: { year: { type: 'integer', minimum: 0, maximum: 9999 }, month: { maximum: 12 }, day: { maximum: 31 } } });
    expect(wellKnownSchema('TimeOfDay')).toMatchObject({ type: 'object', properties: { hours: { maximum: 24 }, nanos: { maximum: 999_999_999 } } });
  });

  it('Duration’s pattern reads what the mapping writes and nothing else', () => {
    const pattern = new RegExp(wellKnownSchema('Duration').pattern as string, 'u');
    for (const good of ['3s', '-1.5s', '1.000340012s', '0s']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['3', '1.5 s', '1.0000000001s', 's', '1m']) expect(pattern.test(bad), bad).toBe(false);
  });

  it('knows a method’s well-known request or response by its full name only', () => {
    expect(wellKnownOfId('google.protobuf.Empty')).toBe('Empty');
    expect(wellKnownOfId('google.type.Date')).toBe('Date');
    expect(wellKnownOfId('google.protobuf.Date')).toBeUndefined();
    expect(wellKnownOfId('yandex.cloud.Timestamp')).toBeUndefined();
    expect(wellKnownOfId('google.protobuf.constructor')).toBeUndefined();
  });
});
