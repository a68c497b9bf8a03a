import { describe, expect, it } from 'vitest';
import { compiles, normalisePattern } from '../../generator/extract/pattern.ts';

describe('patterns as the docs print them', () => {
  it.each([
    ['a table-escaped pipe', '\\|[a-z][-a-z0-9]{1,61}[a-z0-9]', '|[a-z][-a-z0-9]{1,61}[a-z0-9]'],
    ['padding left by a cut cell', '|[a-z][-a-z0-9]{1,61}[a-z0-9] ', '|[a-z][-a-z0-9]{1,61}[a-z0-9]'],
    ['an open-ended count', '[a-z][a-z0-9-_]{,19}', '[a-z][a-z0-9-_]{0,19}'],
    ['a link the generator rendered as HTML', '<a href="%5B-a-z0-9%5D%7B0,61%7D%5Ba-z0-9%5D">a-z</a>?', '[a-z]([-a-z0-9]{0,61}[a-z0-9])?'],
    ['a plain pattern', '[a-zA-Z0-9_-]*', '[a-zA-Z0-9_-]*'],
  ])('%s', (_name, given, want) => {
    expect(normalisePattern(given)).toBe(want);
    expect(compiles(normalisePattern(given))).toBe(true);
  });

  it('tells a pattern ECMAScript cannot compile', () => {
    expect(compiles('[a-z')).toBe(false);
  });
});
