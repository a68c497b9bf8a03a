import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures.ts';

describe('the project', () => {
  // tsx strips types without checking them, so the suite checks them once here.
  it('type-checks under strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes and no unused code', () => {
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    const run = (): string => {
      try {
        return execFileSync(tsc, ['-p', ROOT, '--noEmit'], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    };
    expect(run()).toBe('');
  });
});
