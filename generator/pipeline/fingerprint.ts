import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../paths.ts';

let fingerprint: string | undefined;
let build: string | undefined;

/**
 * The hash of the built extraction worker and everything it bundles (dependencies too),
 * written by the build: a stored page extract is reused only by the same extractor.
 */
export function extractorFingerprint(): string {
  fingerprint ??= readFileSync(join(DIST, 'extractor-fingerprint.txt'), 'utf8').trim();
  return fingerprint;
}

/** The hash of every file the build wrote: a merged model is reused only by the code that merged it. */
export function buildFingerprint(): string {
  build ??= readFileSync(join(DIST, 'build-fingerprint.txt'), 'utf8').trim();
  return build;
}
