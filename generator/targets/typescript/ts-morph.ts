import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

let loaded: typeof TsMorph | undefined;

/**
 * ts-morph, loaded on first use: loading it (and the TypeScript compiler under it) costs
 * ~0.4 s, and a run whose modules all come from the emit cache prints nothing. Type imports
 * of ts-morph stay static; every value goes through here.
 */
export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
  return loaded;
}
