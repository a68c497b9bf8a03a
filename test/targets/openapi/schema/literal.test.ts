import { describe, expect, it } from 'vitest';
import { exactNumber, literalOf } from '../../../../generator/targets/openapi/schema/literal.ts';
import type { ValueKind } from '../../../../generator/targets/openapi/schema/value-kind.ts';

describe('literalOf: a documented value as the JSON of its type', () => {
  const level: ValueKind = { kind: 'enum', values: ['DEBUG', 'INFO'] };
  const cases: Array<{ given: string; kind: ValueKind; want: unknown }> = [
    { given: '100', kind: { kind: 'integer' }, want: 100 },
    { given: '-4', kind: { kind: 'integer' }, want: -4 },
    { given: '1.5', kind: { kind: 'integer' }, want: undefined },
    { given: '9007199254740993', kind: { kind: 'integer' }, want: undefined },
    { given: '9223372036854775807', kind: { kind: 'decimal' }, want: '9223372036854775807' },
    { given: '+007', kind: { kind: 'decimal' }, want: '7' },
    { given: 'ten', kind: { kind: 'decimal' }, want: undefined },
    { given: '0.25', kind: { kind: 'number' }, want: 0.25 },
    { given: '1e3', kind: { kind: 'number' }, want: 1000 },
    { given: 'NaN', kind: { kind: 'number' }, want: undefined },
    { given: 'true', kind: { kind: 'boolean' }, want: true },
    { given: 'false', kind: { kind: 'boolean' }, want: false },
    { given: 'yes', kind: { kind: 'boolean' }, want: undefined },
    { given: 'INFO', kind: level, want: 'INFO' },
    { given: 'TRACE', kind: level, want: undefined },
    { given: 'ru-central1-a', kind: { kind: 'string' }, want: 'ru-central1-a' },
    { given: '30s', kind: { kind: 'duration' }, want: '30s' },
    { given: '{}', kind: { kind: 'structured' }, want: undefined },
  ];
  it.each(cases)('$given as $kind.kind → $want', ({ given, kind, want }) => {
    expect(literalOf(given, kind)).toEqual(want);
  });
});

describe('exactNumber', () => {
  it('gives a JSON number only where it holds the decimal exactly', () => {
    expect(exactNumber('1000')).toBe(1000);
    expect(exactNumber('-0.5')).toBe(-0.5);
    expect(exactNumber('9007199254740991')).toBe(9007199254740991);
    expect(exactNumber('9223372036854775807')).toBeUndefined();
    expect(exactNumber('1e400')).toBeUndefined();
    expect(exactNumber('0x10')).toBeUndefined();
  });
});
