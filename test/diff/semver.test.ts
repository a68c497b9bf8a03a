import { describe, expect, it } from 'vitest';
import type { Change, Severity } from '../../generator/diff/change.ts';
import { compareDecimal } from '../../generator/diff/decimal.ts';
import { bumpPart, bumpVersion, impliedLevel, laterVersion, type Level } from '../../generator/diff/semver.ts';

const changeOf = (severity: Severity) => ({ severity }) as Change;

describe('impliedLevel', () => {
  it.each<[Severity[], Level]>([
    [[], 'none'],
    [['docs-only'], 'patch'],
    [['docs-only', 'non-breaking'], 'minor'],
    [['docs-only', 'warning'], 'minor'],
    [['non-breaking', 'breaking', 'docs-only'], 'major'],
  ])('%j → %s', (severities, level) => {
    expect(impliedLevel(severities.map(changeOf))).toBe(level);
  });
});

describe('bumpVersion', () => {
  it.each<[string, Level, string]>([
    ['1.4.2', 'major', '2.0.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'none', '1.4.2'],
    // Below 1.0.0 each level moves one place right.
    ['0.3.1', 'major', '0.4.0'],
    ['0.3.1', 'minor', '0.3.2'],
    ['0.3.1', 'patch', '0.3.2'],
    ['2.0.0-rc.1', 'patch', '2.0.1'],
  ])('%s + %s → %s', (version, level, next) => {
    expect(bumpVersion(version, level)).toBe(next);
  });

  it('bumpPart bumps the part named, with no 0.x shift', () => {
    expect([bumpPart('0.1.0', 'minor'), bumpPart('0.1.0', 'major'), bumpPart('0.1.0', 'patch')]).toEqual(['0.2.0', '1.0.0', '0.1.1']);
  });

  it('laterVersion compares numerically', () => {
    expect(laterVersion('0.10.0', '0.9.9')).toBe('0.10.0');
    expect(laterVersion('1.0.0', '1.0.1')).toBe('1.0.1');
  });

  it('rejects a version that is not semver', () => {
    expect(() => bumpVersion('1.2', 'patch')).toThrow(/not a semantic version/);
  });
});

describe('compareDecimal', () => {
  it.each<[string, string, number | null]>([
    ['9223372036854775807', '9223372036854775806', 1],
    ['-9223372036854775808', '-9223372036854775807', -1],
    ['10', '10.0', 0],
    ['-0', '0', 0],
    ['0.5', '0.25', 1],
    ['-1.5', '1', -1],
    ['007', '7', 0],
    ['1e3', '1000', null],
  ])('%s vs %s → %s', (a, b, order) => {
    expect(compareDecimal(a, b)).toBe(order);
  });
});
