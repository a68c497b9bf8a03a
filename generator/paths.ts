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
  for (let dir = from; ; dir = dirname(dir)) {
    if (readName(join(dir, 'package.json')) === 'apiref') return dir;
    if (dirname(dir) === dir) throw new Error(`apiref: no apiref package.json above ${from}`);
  }
}

function readName(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
