import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../generator/config/config.ts';
import { ruleLevels } from '../../generator/lint/levels.ts';
import { RULES } from '../../generator/lint/rules/index.ts';

const levelOf = (levels: ReturnType<typeof ruleLevels>, name: string) => [...levels].find(([rule]) => rule.name === name)?.[1] ?? 'off';

describe('ruleLevels', () => {
  const table = [
    { given: {}, rule: 'conflicting-constraint', want: 'error' },
    { given: {}, rule: 'field-set-differs', want: 'warning' },
    { given: {}, rule: 'broken-anchor', want: 'error' },
    { given: { 'field-set-differs': 'error' }, rule: 'field-set-differs', want: 'error' },
    { given: { 'broken-anchor': 'warning' }, rule: 'broken-anchor', want: 'warning' },
    { given: { 'unread-constraint': 'off' }, rule: 'unread-constraint', want: 'off' },
    { given: { 'unread-constraint': 'off' }, rule: 'required-differs', want: 'warning' },
  ] as const;
  it.each(table)('$given: $rule is $want', ({ given, rule, want }) => expect(levelOf(ruleLevels(RULES, given), rule)).toBe(want));

  it('names an unknown rule and lists the known ones', () => {
    expect(() => ruleLevels(RULES, { 'field-set-differ': 'error' })).toThrow(ConfigError);
    expect(() => ruleLevels(RULES, { 'field-set-differ': 'error' })).toThrow(/unknown rule 'field-set-differ'.*field-set-differs/);
  });

  it('has one rule for each name', () => {
    expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
  });
});
