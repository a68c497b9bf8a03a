import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/fixtures.ts';
import { apiref, type CliResult, tempDir } from './run-cli.ts';

const LINT_DOCS = join(FIXTURES, 'lint/docs');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A working folder with the given config, whose page cache makes the later runs cheap. */
function folder(config?: unknown): string {
  const dir = tempDir('lint');
  made.push(dir);
  if (config !== undefined) writeFileSync(join(dir, 'apiref.config.json'), JSON.stringify(config));
  return dir;
}

interface Json {
  counts: { error: number; warning: number };
  pages: { source: string; findings: { rule: string; level: string; place: string; message: string; others: { place: string; relation: string }[] }[] }[];
}
const findings = (result: CliResult) => (JSON.parse(result.stdout) as Json).pages.flatMap((page) => page.findings);

describe('apiref lint on the training pages that disagree', () => {
  const cwd = folder();
  let json: CliResult;
  beforeAll(async () => {
    json = await apiref(['lint', '--docs', LINT_DOCS, '--format', 'json'], cwd);
  });

  it('finds each field-set-differs and conflicting-* that ir reports, with both places', async () => {
    const report = join(cwd, 'ir-report.json');
    expect((await apiref(['ir', '--docs', LINT_DOCS, '--out', join(cwd, 'ir.json'), '--report', report, '--quiet'], cwd)).code).toBe(0);
    const diagnostics = (JSON.parse(readFileSync(report, 'utf8')) as { diagnostics: { code: string; place: string; message: string }[] }).diagnostics.filter((d) => d.code === 'field-set-differs' || d.code.startsWith('conflicting-'));
    expect(diagnostics.length).toBeGreaterThanOrEqual(6);
    const found = findings(json);
    for (const diagnostic of diagnostics) {
      // A conflicting-* finding moves from the message's heading to the field's row on the same page.
      const page = (place: string) => place.slice(0, place.indexOf('.md:') + 3);
      const finding = found.find((candidate) => candidate.rule === diagnostic.code && page(candidate.place) === page(diagnostic.place) && candidate.message === diagnostic.message);
      expect(finding, diagnostic.place).toBeDefined();
      expect(finding!.others.length).toBeGreaterThan(0);
      for (const other of finding!.others) expect(other.place).toMatch(/docs\/(en|ru)\/\S+\.md:\d+:\d+$/);
    }
    const relations = new Set(found.filter((finding) => finding.rule === 'field-set-differs').flatMap((finding) => finding.others.map((other) => other.relation)));
    expect([...relations].sort()).toEqual(['REST/gRPC', 'other language', 'other page']);
  });

  it('exits 1 when a finding is an error (the broken anchors), and groups the text by page', async () => {
    expect(json.code).toBe(1);
    const { counts } = JSON.parse(json.stdout) as Json;
    expect(counts.error).toBeGreaterThan(0);
    const text = await apiref(['lint', '--docs', LINT_DOCS], cwd);
    expect(text.code).toBe(1);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${counts.error} errors, ${counts.warning} warnings on ${(JSON.parse(json.stdout) as Json).pages.length} pages`);
    for (const line of lines.slice(0, -1).filter((line) => line !== '')) expect(line).toMatch(/^(\S+\.md|  \d+:\d+  (error|warning)  [a-z-]+  .+|      also: \S+\.md:\d+:\d+ \((other language|REST\/gRPC|other page)\))$/);
  });

  it('prints workflow annotations with paths from the working folder', async () => {
    const github = await apiref(['lint', '--docs', 'test/fixtures/lint/docs', '--format', 'github', '--no-cache'], ROOT);
    expect(github.code).toBe(1);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(findings(json).length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=test\/fixtures\/lint\/docs\/(en|ru)\/\S+\.md,line=\d+,col=\d+,title=apiref lint [a-z-]+::\S/);
  });
});

describe('apiref lint rule levels from the config', () => {
  const table = [
    { rules: { 'broken-anchor': 'warning' }, code: 0, absent: [], errors: [] },
    { rules: { 'broken-anchor': 'off', 'field-set-differs': 'error' }, code: 1, absent: ['broken-anchor'], errors: ['field-set-differs'] },
    { rules: { 'broken-anchor': 'off', 'unread-constraint': 'off', 'enum-values-differ': 'off', 'field-set-differs': 'off' }, code: 0, absent: ['broken-anchor', 'unread-constraint', 'enum-values-differ', 'field-set-differs'], errors: [] },
  ];
  it.each(table)('$rules → exit $code', async ({ rules, code, absent, errors }) => {
    const result = await apiref(['lint', '--docs', LINT_DOCS, '--format', 'json'], folder({ lint: { rules } }));
    expect(result.code).toBe(code);
    const found = findings(result);
    for (const rule of absent) expect(found.filter((finding) => finding.rule === rule)).toEqual([]);
    expect([...new Set(found.filter((finding) => finding.level === 'error').map((finding) => finding.rule))]).toEqual(errors);
  });
});

describe('apiref lint bad usage', () => {
  const table = [
    { args: ['--format', 'xml'], config: undefined, stderr: /--format must be one of text, markdown, json, github/ },
    { args: [], config: { lint: { rules: { 'no-such-rule': 'error' } } }, stderr: /unknown rule 'no-such-rule'/ },
    { args: [], config: { lint: { rules: { 'broken-anchor': 'fatal' } } }, stderr: /'lint.rules.broken-anchor' must be one of error, warning, off/ },
    { args: [], config: { lint: { level: 'error' } } , stderr: /'lint' must be an object with only "rules"/ },
  ];
  it.each(table)('$args $config → exit 2', async ({ args, config, stderr }) => {
    const result = await apiref(['lint', '--docs', LINT_DOCS, ...args], folder(config));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
  });

  it('says so on stderr when pages could not be read, and lints the rest', async () => {
    const result = await apiref(['lint', '--docs', LINT_DOCS, '--quiet'], folder({ cache: false, pages: { timeoutMs: 1 } }));
    expect(result.stderr).toMatch(/^apiref lint: \d+ page\(s\) could not be read and are not linted/m);
    expect(result.stdout).not.toBe('');
  });

  it('lists the rules and their levels in --help, and the command in apiref --help', async () => {
    const help = await apiref(['lint', '--help'], ROOT);
    expect(help.stdout).toMatch(/^\s+broken-anchor\s+error\s+a link to/m);
    expect(help.stdout).toMatch(/^\s+field-set-differs\s+warning\s+/m);
    expect((await apiref(['--help'], ROOT)).stdout).toMatch(/^\s+lint\s+report the docs' contradictions/m);
  });
});
