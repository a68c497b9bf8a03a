import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The apiref checkout: the nearest folder above this module whose package.json is apiref's.
 * Found by walking up rather than by a fixed `../..`, because this module runs both from
 * its source (`generator/`, under vitest) and bundled into `dist/`.
 */
export const APIREF_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** The build's output (`npm run build`): the CLI and the extraction worker as JavaScript. */
export const DIST = join(APIREF_ROOT, 'dist');

function findRoot(from: string): string {
  const root = packageFolderAbove(from, 'apiref');
  if (root === null) throw new Error(`apiref: no apiref package.json above ${from}`);
  return root;
}

/** The nearest folder at or above `from` whose package.json names `name`, or null. */
export function packageFolderAbove(from: string, name: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (readManifest(join(dir, 'package.json'))?.name === name) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** A package.json's name and version, or undefined where there is none to read. */
export function readManifest(file: string): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
  } catch {
    return undefined;
  }
}
