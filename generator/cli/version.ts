import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APIREF_ROOT } from '../paths.ts';

/** apiref's own version, as its package.json states it. */
export function apirefVersion(): string {
  return (JSON.parse(readFileSync(join(APIREF_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
