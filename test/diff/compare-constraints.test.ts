import { describe, expect, it } from 'vitest';
import { compareConstraints } from '../../generator/diff/compare-constraints.ts';
import type { Constraints } from '../../generator/model/ir.ts';

// given: the constraints before and after; want: `key tightened|loosened before→after` per change.
const table: { name: string; before: Constraints; after: Constraints; want: string[] }[] = [
  { name: 'a shorter maximum Duration', before: { maxDuration: '86400s' }, after: { maxDuration: '3600s' }, want: ['maxDuration tightened 86400s→3600s'] },
  { name: 'a Duration bound compared as seconds, not as text', before: { minDuration: '9s' }, after: { minDuration: '10s' }, want: ['minDuration tightened 9s→10s'] },
  { name: 'a Duration bound that goes', before: { maxDuration: '60s' }, after: {}, want: ['maxDuration loosened 60s→null'] },
  { name: 'a value set that appears', before: {}, after: { allowedValues: ['1', '2', '4'] }, want: ['allowedValues tightened null→1,2,4'] },
  { name: 'a value set that loses a value', before: { allowedValues: ['1', '2', '4'] }, after: { allowedValues: ['1', '2'] }, want: ['allowedValues tightened 1,2,4→1,2'] },
  { name: 'a value set that only gains values', before: { allowedValues: ['1', '2'] }, after: { allowedValues: ['1', '2', '4'] }, want: ['allowedValues loosened 1,2→1,2,4'] },
  { name: 'a value set listed in another order', before: { allowedValues: ['2', '1'] }, after: { allowedValues: ['1', '2'] }, want: [] },
  { name: 'a shorter map key', before: { mapKey: { maxLength: 63 } }, after: { mapKey: { maxLength: 32 } }, want: ['mapKey.maxLength tightened 63→32'] },
  { name: 'a map value pattern that goes', before: { mapValue: { pattern: '[a-z]*' } }, after: {}, want: ['mapValue.pattern loosened [a-z]*→null'] },
  { name: 'a changed default narrows nothing', before: { default: '100' }, after: { default: '10' }, want: [] },
];

describe('compareConstraints, the v1.1 keys', () => {
  it.each(table)('$name', ({ before, after, want }) => {
    const changes = compareConstraints(before, after).map((change) => `${change.key} ${change.tightened ? 'tightened' : 'loosened'} ${change.before}→${change.after}`);
    expect(changes).toEqual(want);
  });
});
