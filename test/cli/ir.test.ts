import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocsIr } from '../../generator/model/ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { DOCS, SHADOWED } from '../helpers/fixtures.ts';
import { apiref, tempDir } from './run-cli.ts';

const schema = JSON.parse(readFileSync(new URL('../../generator/model/ir-v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const runIr = (args: string[], cwd = process.cwd()) => apiref(['ir', ...args], cwd);

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(root, path)).isFile());
}

/** The training corpus: docs/ with the seeds' paths given back to the training pages they shadow. */
function trainingCorpus(order: 'forward' | 'reverse'): string {
  const pages = filesUnder(DOCS)
    .filter((path) => path.endsWith('.md') && /^(en|ru)\//.test(path))
    .map((path) => {
      const shadow = join(SHADOWED, path);
      const source = filesUnder(SHADOWED).includes(relative(SHADOWED, shadow)) ? shadow : join(DOCS, path);
      return [path, readFileSync(source)] as const;
    });
  return docsTree(order === 'forward' ? pages : pages.reverse());
}

describe('apiref ir', () => {
  let shipped: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    shipped = await runIr(['--docs', DOCS]);
  });

  it('prints a schema-valid model of the shipped docs with no error diagnostics', () => {
    const ir: DocsIr = JSON.parse(shipped.stdout);
    expect(validate(ir), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(shipped.code).toBe(0);
  });

  it('with --verbose, prints every diagnostic to stderr as path:line:col - severity code: message', async () => {
    const verbose = await runIr(['--verbose', '--no-cache']);
    const ir: DocsIr = JSON.parse(verbose.stdout);
    const lines = verbose.stderr.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(ir.diagnostics.length);
    for (const line of lines) expect(line).toMatch(/^docs\/(en|ru)\/[^:]+:\d+:\d+ - (error|warning|info) [a-z0-9-]+: .+/);
    for (const line of lines) for (const place of line.match(/\b(?:en|ru)\/\S+?\.md:\d+(?::\d+)?/g) ?? []) expect(place).toMatch(/:\d+:\d+$/);
  });

  it('by default sums up diagnostics by code: how many, and the first three places', () => {
    const ir: DocsIr = JSON.parse(shipped.stdout);
    const codes = new Map<string, number>();
    for (const d of ir.diagnostics) codes.set(`${d.severity} ${d.code}`, (codes.get(`${d.severity} ${d.code}`) ?? 0) + 1);
    const lines = shipped.stderr.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(codes.size);
    for (const line of lines) {
      const [, key, count, places] = /^((?:warning|info) [a-z0-9-]+) ×(\d+): (.*)$/.exec(line) ?? [];
      expect(Number(count)).toBe(codes.get(key!));
      expect(places!.split(', ').length).toBeLessThanOrEqual(3);
    }
  });

  it('with --quiet prints only errors; --report writes every diagnostic as JSON', async () => {
    const dir = tempDir('ir-report');
    try {
      const quiet = await runIr(['--quiet', '--report', join(dir, 'report.json')]);
      expect(quiet.stderr).toBe('');
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
      const ir: DocsIr = JSON.parse(quiet.stdout);
      expect(report.diagnostics).toHaveLength(ir.diagnostics.length);
      expect(report.diagnostics[0].place).toMatch(/^docs\/(en|ru)\/\S+:\d+:\d+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a schema-valid model of the training corpus with no error diagnostics', async () => {
    const result = await runIr(['--docs', trainingCorpus('forward')]);
    const ir: DocsIr = JSON.parse(result.stdout);
    expect(validate(ir), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('prints the same bytes whatever the order of the pages on disk and the working directory', async () => {
    const forward = await runIr(['--docs', trainingCorpus('forward')]);
    const reverse = await runIr(['--docs', trainingCorpus('reverse')], '/');
    expect(reverse.stdout).toBe(forward.stdout);
  });

  it('writes the model to --out and rejects unknown flags with exit code 2', async () => {
    const out = join(docsTree([]), 'ir.json');
    const written = await runIr(['--docs', DOCS, '--out', out]);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(shipped.stdout);
    expect((await runIr(['--bogus'])).code).toBe(2);
  });
});
