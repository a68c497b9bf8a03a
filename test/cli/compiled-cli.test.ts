import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.ts';

function loadedBy(args: string[]): { code: number; loaded: string[] } {
  const probe = join(ROOT, 'test/cli/fixtures/loaded-modules.mjs');
  const stdout = execFileSync(process.execPath, [probe, JSON.stringify(args), ROOT], { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

describe('the compiled CLI', () => {
  it.each([[['--help']], [['--version']], [['generate', '--help']], [['check', '--help']]])('%j answers without loading ts-morph or TypeScript', (args) => {
    expect(loadedBy(args)).toEqual({ code: 0, loaded: [] });
  });

  it('loads ts-morph once a command prints the package (the probe sees it)', () => {
    expect(loadedBy(['check', '--quiet', '--no-cache']).loaded).toContain('ts-morph');
  }, 60_000);

  it('loads no ts-morph when every module comes from the emit cache', () => {
    loadedBy(['check', '--quiet']);
    expect(loadedBy(['check', '--quiet'])).toEqual({ code: 0, loaded: [] });
  }, 60_000);

  it('prints its version from the build', () => {
    const version = execFileSync(process.execPath, [join(ROOT, 'bin/apiref.mjs'), '--version'], { encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
