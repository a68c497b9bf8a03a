import { describe, expect, it } from 'vitest';
import { ecmaPattern } from '../../../../generator/targets/openapi/schema/pattern.ts';

describe('ecmaPattern: an RE2 pattern as JSON Schema reads it', () => {
  const cases: Array<{ given: string; want: string | undefined }> = [
    { given: '[a-z][-a-z0-9]{1,61}[a-z0-9]', want: '^(?:[a-z][-a-z0-9]{1,61}[a-z0-9])$' },
    { given: '^[a-z]*$', want: '^(?:^[a-z]*$)$' },
    { given: '[-_./\\@0-9a-z]*', want: '^(?:[-_./\\x400-9a-z]*)$' },
    { given: 'a\\-b\\#', want: '^(?:a\\x2Db\\x23)$' },
    { given: '\\.\\*\\d+\\s', want: '^(?:\\.\\*\\d+\\s)$' },
    { given: '\\pL+', want: '^(?:\\p{L}+)$' },
    { given: '(?<id>[0-9]+)', want: '^(?:(?<id>[0-9]+))$' },
    { given: '(?:a|b)(?=c)', want: '^(?:(?:a|b)(?=c))$' },
    { given: '(?i:ssl-client-cert|)', want: undefined },
    { given: '(?P<name>x)', want: undefined },
    { given: 'a{2', want: undefined },
    { given: 'trailing\\', want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(ecmaPattern(given)).toBe(want);
  });

  it('keeps the meaning: the translated pattern matches what RE2 would, whole values only', () => {
    const labels = new RegExp(ecmaPattern('[-_./\\@0-9a-z]*')!, 'u');
    expect(labels.test('team@x.ru/a_b-c')).toBe(true);
    expect(labels.test('Team')).toBe(false);
    expect(new RegExp(ecmaPattern('[a-z]+')!, 'u').test('abc1')).toBe(false);
  });

  it('reads a long pattern in linear time', () => {
    const long = '\\@'.repeat(50_000) + '(';
    const started = performance.now();
    expect(ecmaPattern(long)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
