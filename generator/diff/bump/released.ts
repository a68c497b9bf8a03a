import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApirefConfig } from '../../config/config.ts';
import { isSemver } from '../../config/version.ts';

/** The version a bump starts from, and which file said so. */
export interface Released {
  version: string;
  from: string;
}

/**
 * The version of the last release: the one `apiref generate` wrote into the package beside
 * the snapshot (`<out>/package.json`), which a bump does not touch. Bumping from it rather
 * than from the config makes `bump` idempotent: a re-run CI job computes the same version.
 * Without a generated package (the first release), the config's version.
 */
export async function releasedVersion(config: ApirefConfig, cwd: string): Promise<Released> {
  const file = path.join(config.out, 'package.json');
  const version = await readFile(file, 'utf8').then(versionIn, () => null);
  if (version !== null) return { version, from: path.relative(cwd, file) };
  return { version: config.version, from: config.configFile ? path.relative(cwd, config.configFile) : 'the default version' };
}

function versionIn(text: string): string | null {
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' && isSemver(version) ? version : null;
  } catch {
    return null;
  }
}
