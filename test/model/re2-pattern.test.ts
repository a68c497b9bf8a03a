import { describe, expect, it } from 'vitest';
import { re2ToJavaScript } from '../../generator/model/re2-pattern.ts';
import { type HostileInput, repeatTo, superLinearGrowth } from '../helpers/linear-time.ts';

describe('RE2 patterns in JavaScript', () => {
  it.each([
    // the full reference's RE2 flag groups (smartwebsecurity's header names, trino's JDBC URLs)
    ['(?i:ssl-client-cert|client-cert|)', '(?:[sS][sS][lL]-[cC][lL][iI][eE][nN][tT]-[cC][eE][rR][tT]|[cC][lL][iI][eE][nN][tT]-[cC][eE][rR][tT]|)'],
    ['^jdbc:oracle:(?s:.*)$', '^jdbc:oracle:(?:[\\s\\S]*)$'],
    ['(?i)abc', '[aA][bB][cC]'],
    ['a(?:b(?i)c)d', 'a(?:b[cC])d'],
    ['\\p{L}(?i:\\p{Lu}x)', '\\p{L}(?:\\p{Lu}[xX])'],
    ['(?P<host>[a-z]+)', '(?<host>[a-z]+)'],
    ['(?i:a{2,3}\\d)', '(?:[aA]{2,3}\\d)'],
    ['(?s:a(?:b.)c)', '(?:a(?:b[\\s\\S])c)'],
  ])('%s is %s', (given, want) => {
    expect(re2ToJavaScript(given)).toBe(want);
    expect(() => new RegExp(want, 'u')).not.toThrow();
  });

  // not flag groups: an escaped parenthesis, one in a class, a lookahead, a group never closed
  it.each([['a\\(?i:b)'], ['[(?i:]x'], ['a(?=b)(?<!c)(?<name>d)'], ['^[a-z][-a-z0-9]{1,61}[a-z0-9]$']])('%s is left as it is', (given) => {
    expect(re2ToJavaScript(given)).toBe(given);
  });

  it('leaves a flag group never closed as invalid as it was', () => {
    expect(() => new RegExp(re2ToJavaScript('(?i:a') ?? '(', 'u')).toThrow();
  });

  it.each([['(?i:[a-z]+)'], ['(?m:^a$)'], ['(?U:a+)']])('%s has no exact JavaScript form', (given) => {
    expect(re2ToJavaScript(given)).toBeNull();
  });

  it('matches as RE2 would', () => {
    const header = new RegExp(`^(?:${re2ToJavaScript('(?i:x-ssl-client-cert|)')})$`, 'u');
    expect(['X-SSL-Client-Cert', 'x-ssl-client-cert', ''].every((value) => header.test(value))).toBe(true);
    expect(header.test('x-ssl-client')).toBe(false);
    expect(new RegExp(`^(?:${re2ToJavaScript('^jdbc:oracle:(?s:.*)$')})$`, 'u').test('jdbc:oracle:thin:@\nhost')).toBe(true);
  });
});

describe('RE2 patterns in JavaScript, crafted', () => {
  it.each<HostileInput>([
    { name: 'nested flag groups', build: (n) => `${repeatTo('(?i:', n / 2)}a${repeatTo(')', n / 8)}` },
    { name: 'flag-like openings never closed', build: (n) => repeatTo('(?iiiiiiii', n) },
    { name: 'unclosed braces and classes', build: (n) => `(?i:${repeatTo('{1,\\p{', n)}[${'a'.repeat(n)}` },
  ])('runs in linear time on $name', (input) => {
    expect(superLinearGrowth((text) => void re2ToJavaScript(text), input, 50_000)).toBeNull();
  });
});
