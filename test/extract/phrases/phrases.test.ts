import { describe, expect, it } from 'vitest';
import { type DescriptionFacts, parseDescription, tracePhrases } from '../../../generator/extract/phrases/index.ts';
import { DEFAULT, DEPRECATED, ITEMS, LENGTH, ONEOF, PATTERN, type PhraseCase, REQUIRED, VALUE } from './cases.ts';

function expected(want: Partial<DescriptionFacts>): DescriptionFacts {
  return { required: false, constraints: {}, unparsed: [], conflicts: [], ...want };
}

const groups: Array<[string, PhraseCase[]]> = [
  ['required', REQUIRED],
  ['string length', LENGTH],
  ['numeric value', VALUE],
  ['item count', ITEMS],
  ['pattern', PATTERN],
  ['oneof', ONEOF],
  ['default', DEFAULT],
  ['deprecated', DEPRECATED],
];

for (const [kind, cases] of groups) {
  describe(`phrase kind: ${kind}`, () => {
    it.each(cases)('$row reads "$given"', ({ row, given, want }) => {
      expect(parseDescription(given)).toEqual(expected(want));
      expect(tracePhrases(given)).toContain(row);
    });
  });
}
