import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocsIr } from '../../generator/model/ir.ts';
import { buildIr, type BuildIrResult } from '../../generator/pipeline/build-ir.ts';
import { apiref, tempDir, type CliResult } from '../cli/run-cli.ts';
import { DOCS, FIXTURES } from '../helpers/fixtures.ts';

const CLONE = join(FIXTURES, 'docs-clone');
const clonePages = readdirSync(CLONE, { recursive: true }).map(String).filter((path) => /^(en|ru)\/.+\.md$/.test(path));
const methodsOf = (ir: DocsIr) => ir.services.flatMap((service) => service.methods.map((method) => `${service.id}.${method.name}`)).sort();

// The shipped method pages, and beside them what else a docs clone holds: concept and
// how-to pages with sample requests, index pages, include fragments and stubs, TOC files.
describe('a docs clone', () => {
  let project: string;
  let alone: BuildIrResult;
  let generated: CliResult;
  let mixed: BuildIrResult;

  beforeAll(async () => {
    project = tempDir('clone');
    cpSync(DOCS, join(project, 'docs'), { recursive: true });
    cpSync(CLONE, join(project, 'docs'), { recursive: true });
    alone = await buildIr({ docsDir: DOCS });
    generated = await apiref(['generate'], project);
    mixed = await buildIr({ docsDir: join(project, 'docs') });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('generates with exit 0 and no error', () => {
    expect(generated.code, generated.stderr).toBe(0);
    expect(mixed.ir.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('finds every method of the method pages, and invents none', () => {
    expect(methodsOf(mixed.ir)).toEqual(methodsOf(alone.ir));
    expect(Object.keys(mixed.ir.types).sort()).toEqual(Object.keys(alone.ir.types).sort());
  });

  it('says nothing about the pages that are not API reference, and counts them in one line', () => {
    expect(mixed.ir.diagnostics.filter((diagnostic) => clonePages.includes(diagnostic.source))).toEqual([]);
    expect(mixed.stats.skipped + mixed.stats.pagesByLayout.other).toBe(clonePages.length);
    expect(generated.stdout).toMatch(new RegExp(`; ${mixed.stats.skipped} skipped, not API reference\\n`));
  });
});
