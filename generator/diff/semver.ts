import { SEMVER } from '../config/version.ts';
import type { Change } from './change.ts';

/** The release a set of changes calls for, in semver terms before the 0.x rule applies. */
export type Level = 'major' | 'minor' | 'patch' | 'none';

/** Breaking → major; a warning or an addition → minor; documentation only → patch. */
export function impliedLevel(changes: readonly Change[]): Level {
  if (changes.some((c) => c.severity === 'breaking')) return 'major';
  if (changes.some((c) => c.severity === 'warning' || c.severity === 'non-breaking')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

/**
 * The next version for the changes' level. Below 1.0.0 the public API is not yet stable,
 * so each level moves one place right (as npm's caret ranges read 0.x): breaking → minor,
 * everything else → patch. Only `--set` leaves 0.x. A pre-release or build suffix is
 * dropped: the bump makes a release.
 */
export function bumpVersion(version: string, level: Level): string {
  if (level === 'none') return version;
  const major = parse(version)[0];
  const effective = major === 0 ? (level === 'major' ? 'minor' : 'patch') : level;
  return bumpPart(version, effective);
}

/** Bumps the named part as written (`npm version minor`: 0.1.0 → 0.2.0), with no 0.x shift. */
export function bumpPart(version: string, part: Exclude<Level, 'none'>): string {
  const [major, minor, patch] = parse(version);
  if (part === 'major') return `${major + 1}.0.0`;
  if (part === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The later of two versions by MAJOR.MINOR.PATCH (the first where they tie). */
export function laterVersion(a: string, b: string): string {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]! ? a : b;
  return a;
}

function parse(version: string): [number, number, number] {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`'${version}' is not a semantic version (MAJOR.MINOR.PATCH)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
