import { describe, expect, it } from 'vitest';
import type { Constraints } from '../../../../generator/model/ir.ts';
import { countConstraints, valueConstraints } from '../../../../generator/targets/openapi/schema/constraints.ts';
import type { ValueKind } from '../../../../generator/targets/openapi/schema/value-kind.ts';

const run = (constraints: Constraints, kind: ValueKind) => {
  const warnings: string[] = [];
  const keywords = valueConstraints(constraints, kind, { where: 'x.Message.field', warn: (message) => warnings.push(message) });
  return { keywords, warnings };
};

describe('valueConstraints: the docs’ constraints as JSON Schema 2020-12 keywords', () => {
  const string: ValueKind = { kind: 'string' };
  const cases: Array<{ name: string; given: Constraints; kind: ValueKind; want: object }> = [
    { name: 'lengths', given: { minLength: 1, maxLength: 63 }, kind: string, want: { minLength: 1, maxLength: 63 } },
    { name: 'a pattern, anchored (the docs’ RE2 matches the whole value)', given: { pattern: '[a-z][-a-z0-9]{1,61}' }, kind: string, want: { pattern: '^(?:[a-z][-a-z0-9]{1,61})$' } },
    { name: 'an integer range', given: { minimum: '0', maximum: '1000' }, kind: { kind: 'integer' }, want: { minimum: 0, maximum: 1000 } },
    { name: 'a fractional range', given: { minimum: '0.5', maximum: '64' }, kind: { kind: 'number' }, want: { minimum: 0.5, maximum: 64 } },
    { name: 'an int64 bound past 2^53, kept exact as a string', given: { minimum: '1', maximum: '9223372036854775807' }, kind: { kind: 'decimal' }, want: { minimum: 1, 'x-maximum': '9223372036854775807' } },
    { name: 'allowed integers', given: { allowedValues: ['1', '2', '4', '2'] }, kind: { kind: 'integer' }, want: { enum: [1, 2, 4] } },
    { name: 'allowed int64 values, as strings', given: { allowedValues: ['0', '10'] }, kind: { kind: 'decimal' }, want: { enum: ['0', '10'] } },
    { name: 'allowed enum values', given: { allowedValues: ['SSD'] }, kind: { kind: 'enum', values: ['HDD', 'SSD'] }, want: { enum: ['SSD'] } },
    { name: 'a default of the field’s type', given: { default: '100' }, kind: { kind: 'integer' }, want: { default: 100 } },
    { name: 'a boolean default', given: { default: 'false' }, kind: { kind: 'boolean' }, want: { default: false } },
    { name: 'Duration bounds, which no keyword compares', given: { minDuration: '1s', maxDuration: '86400s' }, kind: { kind: 'duration' }, want: { 'x-minDuration': '1s', 'x-maxDuration': '86400s' } },
    { name: 'nothing', given: {}, kind: string, want: {} },
  ];
  it.each(cases)('$name', ({ given, kind, want }) => {
    const { keywords, warnings } = run(given, kind);
    expect(keywords).toEqual(want);
    expect(warnings).toEqual([]);
  });

  it('keeps, and says, what the type cannot hold: a value set or default of another type', () => {
    const values = run({ allowedValues: ['1', 'many'] }, { kind: 'integer' });
    expect(values.keywords).toEqual({ 'x-allowedValues': ['1', 'many'] });
    expect(values.warnings).toEqual([expect.stringContaining('x.Message.field: allowed values 1, many')]);
    const fallback = run({ default: 'the folder of the cluster' }, { kind: 'integer' });
    expect(fallback.keywords).toEqual({ 'x-default': 'the folder of the cluster' });
    expect(fallback.warnings).toHaveLength(1);
  });

  it('keeps a pattern ECMA-262 cannot read as written in x-pattern, and says so', () => {
    const { keywords, warnings } = run({ pattern: '(?P<name>[a-z]+)' }, { kind: 'string' });
    expect(keywords).toEqual({ 'x-pattern': '(?P<name>[a-z]+)' });
    expect(warnings).toEqual([expect.stringContaining('has no ECMA-262 equivalent')]);
  });

  it('writes a keyword the type does not read (JSON Schema ignores it) and says so', () => {
    const { keywords, warnings } = run({ maxLength: 5, minimum: '1' }, { kind: 'boolean' });
    expect(keywords).toEqual({ maxLength: 5, minimum: 1 });
    expect(warnings).toEqual([expect.stringMatching(/length\/pattern, minimum\/maximum constraint does not apply/)]);
  });
});

describe('countConstraints', () => {
  it('counts items of a repeated field and entries of a map', () => {
    expect(countConstraints({ minItems: 1, maxItems: 100 }, 'array')).toEqual({ minItems: 1, maxItems: 100 });
    expect(countConstraints({ maxItems: 64 }, 'map')).toEqual({ maxProperties: 64 });
    expect(countConstraints({ maxLength: 3 }, 'array')).toEqual({});
  });
});
