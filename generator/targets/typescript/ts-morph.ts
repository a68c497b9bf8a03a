import type * as TsMorph from 'ts-morph';
import { requireWithCodeCache } from '../../io/code-cache.ts';

let loaded: typeof TsMorph | undefined;
let codeCache: string | undefined;

/**
 * Where ts-morph's compiled code is kept between runs (a folder of the emitting run's cache),
 * read when it is first loaded; unset, it is compiled. Set by each emit, so that a process
 * emitting several times uses the folder of the run that loads it.
 */
export function keepTsMorphCodeIn(dir: string | undefined): void {
  codeCache = dir;
}

/**
 * ts-morph, loaded on first use: loading it (and the TypeScript compiler under it) costs
 * ~0.4 s compiled, ~0.2 s from the code cache, and a run whose modules all come from the
 * emit cache prints nothing. Type imports of ts-morph stay static; every value goes through here.
 */
export function tsMorph(): typeof TsMorph {
  loaded ??= requireWithCodeCache('ts-morph', import.meta.url, codeCache) as typeof TsMorph;
  return loaded;
}
