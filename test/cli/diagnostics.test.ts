import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reportEmitWarnings } from '../../generator/cli/diagnostics.ts';

function stderrOf(warnings: string[], flags: { verbose?: boolean; quiet?: boolean }): string[] {
  let text = '';
  const stderr = new Writable({ write: (chunk, _encoding, done) => ((text += String(chunk)), done()) });
  reportEmitWarnings({ stdout: stderr, stderr, cwd: '/' }, 'generate', warnings, flags);
  return text.split('\n').filter(Boolean);
}

const warnings = ['a: one', 'b: two', 'c: three', 'd: four', 'e: five'];

describe('reportEmitWarnings', () => {
  it.each([
    { given: 'the default', flags: {}, want: ['apiref generate: emitter warning: a: one', 'apiref generate: emitter warning: b: two', 'apiref generate: emitter warning: c: three', 'apiref generate: … and 2 more emitter warnings (--verbose or --report FILE lists them all)'] },
    { given: '--verbose', flags: { verbose: true }, want: warnings.map((warning) => `apiref generate: emitter warning: ${warning}`) },
    { given: '--quiet', flags: { quiet: true }, want: [] },
  ])('$given', ({ flags, want }) => {
    expect(stderrOf(warnings, flags)).toEqual(want);
  });

  it('prints all of a few, with no count line', () => {
    expect(stderrOf(['a: one'], {})).toEqual(['apiref generate: emitter warning: a: one']);
  });
});
