import { describe, expect, it } from 'vitest';
import type { Enum } from '../../../../generator/model/ir.ts';
import { enumSchema } from '../../../../generator/targets/openapi/schema/enum.ts';
import { text } from '../../typescript/fixtures/build.ts';

const enumOf = (values: Enum['values'], description = text()): Enum => ({ kind: 'enum', id: 'x.Backup.Type', name: 'Type', description, values, sources: [] });

describe('enumSchema: an enum as the string of its value names', () => {
  const cases: Array<{ name: string; given: Enum; want: object }> = [
    {
      name: 'values with their texts in both languages',
      given: enumOf([{ name: 'AUTOMATED', description: text('Created by schedule.', 'По расписанию.') }, { name: 'MANUAL', description: text('Created by a user.') }], text('How it was made.')),
      want: {
        type: 'string',
        description: 'How it was made.',
        enum: ['AUTOMATED', 'MANUAL'],
        'x-enumDescriptions': { AUTOMATED: 'Created by schedule.', MANUAL: 'Created by a user.' },
        'x-enumDescriptions-ru': { AUTOMATED: 'По расписанию.' },
      },
    },
    { name: 'a value documented twice, once', given: enumOf([{ name: 'A', description: text() }, { name: 'A', description: text() }]), want: { type: 'string', enum: ['A'] } },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(enumSchema(given, () => undefined)).toEqual(want);
  });

  it('takes any string for an enum the docs give no values, and says so', () => {
    const warnings: string[] = [];
    expect(enumSchema(enumOf([]), (message) => warnings.push(message))).toEqual({ type: 'string' });
    expect(warnings).toEqual(['x.Backup.Type: the enum documents no values; any string is accepted']);
  });
});
