import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';
import { apiref, tempDir } from './run-cli.ts';

// A fault inside the comparison itself, as a bug in a rule would raise.
vi.mock('../../generator/diff/diff-ir.ts', () => ({
  diffIr: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'fields')");
  },
}));

const side = join(FIXTURES, 'versions', '0c610c7627c72ed8513c69a75a108a373f392602');
const cwd = tempDir('diff-failure');
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('apiref diff when apiref itself fails', () => {
  it('exits 3, never 1 (which CI reads as a breaking change), and says what failed', async () => {
    const result = await apiref(['diff', side, side, '--fail-on', 'breaking'], cwd);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('apiref diff: failed, which says nothing about the API (exit 3)');
    expect(result.stderr).toContain("TypeError: Cannot read properties of undefined (reading 'fields')");
    expect(result.stdout).toBe('');
  });
});
