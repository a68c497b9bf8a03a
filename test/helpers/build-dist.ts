import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures.ts';

/** vitest global setup: the pipeline's workers and the spawned CLI run the build, so it is made from the sources under test first. */
export default function buildDist(): void {
  execFileSync(process.execPath, [join(ROOT, 'bin/build.mjs')], { stdio: 'inherit' });
}
