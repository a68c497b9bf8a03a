import { SEMVER } from '../config/version.ts';
import type { Change } from './change.ts';

/** The release a set of changes calls for, in semver terms before the 0.x rule applies. */
export type Level = 'major' | 'minor' | 'patch' | 'none';

export function impliedLevel(changes: readonly Change[]): Level {
  if (changes.some((c) => c.severity === 'breaking')) return 'major';
  if (changes.some((c) => c.severity === 'non-breaking')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}


/**
 * The next version. Below 1.0.0 the public API is not yet stable, so each level moves one
 * place right (as npm's caret ranges read 0.x): breaking → minor, additions → patch, docs →
 * patch. A pre-release or build suffix is dropped: the bump makes a release.
 */
export function bumpVersion(version: string, level: Level): string {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`'${version}' is not a semantic version (MAJOR.MINOR.PATCH)`);
  if (level === 'none') return version;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const effective = major === 0 ? (level === 'major' ? 'minor' : 'patch') : level;
  if (effective === 'major') return `${major + 1}.0.0`;
  if (effective === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
