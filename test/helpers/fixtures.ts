import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DOCS = join(ROOT, 'docs');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** Training pages whose docs path a seed took: kept beside docs/ so the training corpus stays whole. */
export const SHADOWED = join(FIXTURES, 'train-shadowed');

/** A training-corpus page by docs path, wherever the repo keeps it. */
export function trainingPage(path: string): Uint8Array {
  const shadowed = join(SHADOWED, path);
  return new Uint8Array(readFileSync(existsSync(shadowed) ? shadowed : join(DOCS, path)));
}

export function docsPage(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DOCS, path)));
}

export interface SeedEntry {
  seed: string;
  path: string;
  layout: string;
}

export function seedManifest(): SeedEntry[] {
  return readFileSync(join(FIXTURES, 'seeds/MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [seed = '', path = '', layout = ''] = line.split('\t');
      return { seed, path, layout };
    });
}
