import { describe, expect, it } from 'vitest';
import type { Scalar } from '../../../../generator/model/ir.ts';
import { scalarSchema } from '../../../../generator/targets/openapi/schema/scalar.ts';

describe('scalarSchema', () => {
  const cases: Array<{ given: Scalar; want: object }> = [
    { given: 'string', want: { type: 'string' } },
    { given: 'bool', want: { type: 'boolean' } },
    { given: 'bytes', want: { type: 'string', format: 'byte' } },
    { given: 'int32', want: { type: 'integer', format: 'int32' } },
    { given: 'uint32', want: { type: 'integer', format: 'int64' } },
    { given: 'int64', want: { type: 'string', format: 'int64' } },
    { given: 'uint64', want: { type: 'string', format: 'uint64' } },
    { given: 'double', want: { type: 'number', format: 'double' } },
    { given: 'float', want: { type: 'number', format: 'float' } },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(scalarSchema(given)).toEqual(want);
  });

  it('hands out a fresh object each time', () => {
    const first = scalarSchema('string');
    first.maxLength = 1;
    expect(scalarSchema('string')).toEqual({ type: 'string' });
  });
});
