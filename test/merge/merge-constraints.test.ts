import { describe, expect, it } from 'vitest';
import { mergeField } from '../../generator/merge/merge-field.ts';
import type { MergeContext } from '../../generator/merge/context.ts';
import type { Constraints, Diagnostic, Field } from '../../generator/model/ir.ts';

const field = (constraints: Constraints): Field => ({
  name: 'labels', jsonName: 'labels', description: {}, type: { scalar: 'string' }, repeated: false, map: { key: 'string' }, required: false, oneof: null, deprecated: false, constraints,
});

function merge(kept: Constraints, other: Constraints): { constraints: Constraints; conflicts: string[] } {
  const diagnostics: Array<Omit<Diagnostic, 'severity'>> = [];
  const context: MergeContext = { idOf: (id) => id, report: (diagnostic) => void diagnostics.push(diagnostic) };
  const merged = mergeField(field(kept), field(other), 'en/a.md:10', 'ru/a.md:12', 'x.Message', context);
  return { constraints: merged.constraints, conflicts: diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`) };
}

describe('merging the v1.1 constraint keys of two pages', () => {
  it.each([
    ['the same value set in another order is no conflict', { allowedValues: ['1', '2', '4'] }, { allowedValues: ['4', '2', '1'] }, { allowedValues: ['1', '2', '4'] }, []],
    ['different value sets conflict; the first is kept', { allowedValues: ['1', '2'] }, { allowedValues: ['1', '3'] }, { allowedValues: ['1', '2'] }, ['conflicting-constraint: x.Message.labels: allowedValues is 1,2 at en/a.md:10, 1,3 here; the first is kept']],
    ['a default only one page states fills the gap', {}, { default: '100' }, { default: '100' }, []],
    ['different defaults conflict', { default: '100' }, { default: '50' }, { default: '100' }, ['conflicting-constraint: x.Message.labels: default is 100 at en/a.md:10, 50 here; the first is kept']],
    ['Duration bounds fill each other\'s gaps', { minDuration: '1s' }, { maxDuration: '600s' }, { minDuration: '1s', maxDuration: '600s' }, []],
    ['map key limits merge key by key', { mapKey: { maxLength: 63 } }, { mapKey: { maxLength: 63, pattern: '[a-z]*' } }, { mapKey: { maxLength: 63, pattern: '[a-z]*' } }, []],
    ['map value limits that differ conflict by their own key', { mapValue: { maxLength: 63 } }, { mapValue: { maxLength: 64 } }, { mapValue: { maxLength: 63 } }, ['conflicting-constraint: x.Message.labels: mapValue.maxLength is 63 at en/a.md:10, 64 here; the first is kept']],
  ] as const)('%s', (_name, kept, other, constraints, conflicts) => {
    expect(merge(kept as Constraints, other as Constraints)).toEqual({ constraints, conflicts });
  });
});
