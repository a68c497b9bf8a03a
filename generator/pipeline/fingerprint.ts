import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../paths.ts';

let fingerprint: string | undefined;

/**
 * The hash of the built extraction worker and everything it bundles (dependencies too),
 * written by the build: a stored page extract is reused only by the same extractor.
 */
export function extractorFingerprint(): string {
  fingerprint ??= readFileSync(join(DIST, 'extractor-fingerprint.txt'), 'utf8').trim();
  return fingerprint;
}
