import { describe, expect, it } from 'vitest';
import type { Oneof } from '../../../../generator/model/ir.ts';
import { oneofSchema } from '../../../../generator/targets/openapi/schema/oneof.ts';

const present = new Set(['a', 'b', 'c']);

describe('oneofSchema: which members may be set', () => {
  const cases: Array<{ name: string; given: Oneof; want: object | undefined }> = [
    { name: 'required: exactly one', given: { name: 'x', fields: ['a', 'b'], required: true }, want: { oneOf: [{ required: ['a'] }, { required: ['b'] }] } },
    {
      name: 'optional: at most one',
      given: { name: 'x', fields: ['a', 'b', 'c'], required: false },
      want: { oneOf: [{ required: ['a'] }, { required: ['b'] }, { required: ['c'] }, { not: { anyOf: [{ required: ['a'] }, { required: ['b'] }, { required: ['c'] }] } }] },
    },
    { name: 'required, one member: it is set', given: { name: 'x', fields: ['a'], required: true }, want: { oneOf: [{ required: ['a'] }] } },
    { name: 'optional, one member: nothing to say', given: { name: 'x', fields: ['a'], required: false }, want: undefined },
    { name: 'a member bound elsewhere (the path): nothing to say', given: { name: 'x', fields: ['a', 'z'], required: true }, want: undefined },
    { name: 'no members', given: { name: 'x', fields: [], required: true }, want: undefined },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(oneofSchema(given, present)).toEqual(want);
  });
});
