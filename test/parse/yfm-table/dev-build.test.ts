// micromark checks its invariants only in its development build, which the
// test runner does not load; run the parser there in a child process.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('./dev-build-check.ts', import.meta.url));

it('keeps micromark development-build assertions satisfied', () => {
  const args = ['--conditions=development', '--import', 'tsx', script];
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: unknown }).stdout ?? error);
  }
  const report = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { parsed?: number; failures?: string[] };
  expect(report.failures).toEqual([]);
  expect(report.parsed).toBeGreaterThan(2000);
});
