import { describe, expect, it } from 'vitest';
import type { Field } from '../../../../generator/model/ir.ts';
import { fieldSchema } from '../../../../generator/targets/openapi/schema/field.ts';
import { enumType, field, int64, message, ref, str, text, wk } from '../../typescript/fixtures/build.ts';
import { contextOf } from '../helpers/context.ts';

const SIZE = 'x.Disk.Size';
const plain = (jsonName: string, type: Field['type'], options: Parameters<typeof field>[2] = {}) => field(jsonName, type, { description: text(), ...options });

describe('fieldSchema: one field as a property', () => {
  const cases: Array<{ name: string; given: Field; want: object }> = [
    { name: 'a scalar with its constraints', given: plain('name', str, { constraints: { maxLength: 63 } }), want: { type: 'string', maxLength: 63 } },
    { name: 'an int64 as the JSON mapping writes it', given: plain('diskSize', int64, { constraints: { minimum: '0' } }), want: { type: 'string', format: 'int64', minimum: 0 } },
    { name: 'a timestamp', given: plain('createdAt', wk('Timestamp')), want: { type: 'string', format: 'date-time' } },
    {
      name: 'a repeated field: counts on the array, the rest on each item',
      given: plain('zoneIds', str, { repeated: true, constraints: { minItems: 1, maxItems: 10, maxLength: 50 } }),
      want: { type: 'array', items: { type: 'string', maxLength: 50 }, minItems: 1, maxItems: 10 },
    },
    {
      name: 'a map: key limits as propertyNames, value limits on additionalProperties, counts as properties',
      given: plain('labels', str, { map: 'string', constraints: { maxItems: 64, mapKey: { minLength: 1, maxLength: 63, pattern: '[a-z][-_0-9a-z]*' }, mapValue: { maxLength: 63 } } }),
      want: {
        type: 'object',
        propertyNames: { minLength: 1, maxLength: 63, pattern: '^(?:[a-z][-_0-9a-z]*)$' },
        additionalProperties: { type: 'string', maxLength: 63 },
        maxProperties: 64,
      },
    },
    { name: 'a map with integer keys, keyed by their digits', given: plain('weights', int64, { map: 'int64' }), want: { type: 'object', propertyNames: { pattern: '^-?[0-9]+$' }, additionalProperties: { type: 'string', format: 'int64' } } },
    { name: 'a map with bool keys', given: plain('flags', str, { map: 'bool' }), want: { type: 'object', propertyNames: { enum: ['true', 'false'] }, additionalProperties: { type: 'string' } } },
    { name: 'an enum-typed field with allowed values and a default', given: plain('size', ref(SIZE), { constraints: { allowedValues: ['SMALL'], default: 'SMALL' } }), want: { $ref: `#/components/schemas/${SIZE}`, enum: ['SMALL'], default: 'SMALL' } },
    { name: 'descriptions, English and Russian, and deprecation', given: plain('old', str, { deprecated: true, description: text('Old.', 'Старое.') }), want: { type: 'string', description: 'Old.', 'x-description-ru': 'Старое.', deprecated: true } },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const { context, warnings } = contextOf([enumType(SIZE, ['SMALL', 'LARGE']), message('x.Disk', [])]);
    expect(fieldSchema(given, 'x.Disk', context)).toEqual(want);
    expect(warnings).toEqual([]);
  });

  it('writes a map’s length wording that names neither keys nor values on the object, where no validator reads it', () => {
    const { context, warnings } = contextOf();
    const labels = plain('labels', str, { map: 'string', constraints: { maxLength: 63, pattern: '[a-z]*', minimum: '1' } });
    expect(fieldSchema(labels, 'x.Disk', context)).toEqual({ type: 'object', maxLength: 63, pattern: '^(?:[a-z]*)$', minimum: 1, additionalProperties: { type: 'string' } });
    expect(warnings).toEqual([expect.stringContaining('x.Disk.labels: minimum/maximum constraint does not apply')]);
  });

  it('refers to a described type and any JSON value for one the model lacks, said once', () => {
    const { context, warnings } = contextOf();
    expect(fieldSchema(plain('a', ref('x.Missing')), 'x.Disk', context)).toEqual({});
    expect(fieldSchema(plain('b', ref('x.Missing')), 'x.Disk', context)).toEqual({});
    expect(warnings).toEqual(['type x.Missing is referred to but not described; any JSON value is accepted']);
  });
});
