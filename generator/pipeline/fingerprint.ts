import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATOR = new URL('..', import.meta.url).pathname;
/** Everything a page's extract depends on besides the page itself. */
const SOURCES = ['parse', 'extract', 'model'];

let fingerprint: string | undefined;

/**
 * A hash of the extractor's own source, so that a cached page extract is never reused by a
 * different extractor: no version number to forget to bump.
 */
export function extractorFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  for (const folder of SOURCES) {
    const files = readdirSync(join(GENERATOR, folder), { recursive: true }).map(String).filter((file) => /\.(ts|mjs|json)$/.test(file)).sort();
    for (const file of files) hash.update(`${folder}/${file}\0`).update(readFileSync(join(GENERATOR, folder, file)));
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
