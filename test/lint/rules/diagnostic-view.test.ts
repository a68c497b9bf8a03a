import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../generator/lint/rules/index.ts';
import { build, type Built, findingsOf, lint, LINT_DOCS, SURVEY2_DOCS } from '../lint-of.ts';

const rule = (name: string) => RULES.find((candidate) => candidate.name === name)!;
const lineOf = (docsDir: string, source: string, line: number): string => readFileSync(join(docsDir, source), 'utf8').split('\n')[line - 1] ?? '';

describe('field-set-differs on the training pages', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build(LINT_DOCS);
  });

  // given: the page the merge files the difference under; want: the rows of the fields it lacks, where they are.
  const table = [
    { page: 'ru/managed-mysql/api-ref/grpc/Cluster/listBackups.md', line: 79, others: [{ source: 'en/managed-mysql/api-ref/grpc/Cluster/listBackups.md', line: 116, relation: 'other language' }] },
    { page: 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', line: 52, others: [{ source: 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md', line: 102, relation: 'REST/gRPC' }] },
    { page: 'en/managed-redis/api-ref/grpc/Backup/get.md', line: 32, others: [{ source: 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md', line: 102, relation: 'other page' }] },
    {
      page: 'ru/_api-ref/mdb/redis/api-ref/Cluster/listHosts.md',
      line: 61,
      others: [
        { source: 'en/_api-ref/mdb/redis/api-ref/Cluster/listHosts.md', line: 79, relation: 'other language' },
        { source: 'en/_api-ref/mdb/redis/api-ref/Cluster/listHosts.md', line: 80, relation: 'other language' },
      ],
    },
  ];
  it.each(table)('$page:$line names the rows it lacks', async ({ page, line, others }) => {
    const findings = findingsOf(await lint(built, [rule('field-set-differs')])).filter((finding) => finding.place.source === page && finding.place.line === line);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.others).toMatchObject(others);
  });

  it('finds every field-set-differs the merge reports, each with the places of the fields', async () => {
    const report = await lint(built, [rule('field-set-differs')]);
    const reported = built.ir.diagnostics.filter((diagnostic) => diagnostic.code === 'field-set-differs');
    expect(reported.length).toBeGreaterThanOrEqual(6);
    expect(findingsOf(report).map((finding) => `${finding.place.source}:${finding.place.line}`)).toEqual(reported.map((diagnostic) => `${diagnostic.source}:${diagnostic.line}`));
    for (const finding of findingsOf(report)) {
      expect(finding.others.length).toBeGreaterThan(0);
      for (const other of finding.others) expect(lineOf(LINT_DOCS, other.source, other.line)).toMatch(/^\s*(\|\||[\w.<>[\]]+ \|)/);
    }
  });
});

/**
 * The survey's speech-recognition pages, with one REST row retyped (`channelTag` a boolean where
 * the gRPC page says string): the real pages agree, and the lint must show a disagreement as it is.
 */
function contradictingCopy(): string {
  const docs = join(mkdtempSync(join(tmpdir(), 'apiref-lint-')), 'docs');
  cpSync(join(SURVEY2_DOCS, 'en/speechkit/stt-v3'), join(docs, 'en/speechkit/stt-v3'), { recursive: true });
  const rest = join(docs, 'en/speechkit/stt-v3/api-ref/AsyncRecognizer/getRecognition.md');
  const text = readFileSync(rest, 'utf8');
  expect(text).toContain('|| channelTag | **string**');
  writeFileSync(rest, text.replace('|| channelTag | **string**', '|| channelTag | **boolean**'));
  return docs;
}

describe('conflicting-field-type between the REST and gRPC pages of one method', () => {
  it('places each finding on the field row of the REST page and names the gRPC row', async () => {
    const docs = contradictingCopy();
    const built = await build(docs);
    const reported = built.ir.diagnostics.filter((diagnostic) => diagnostic.code === 'conflicting-field-type');
    const findings = findingsOf(await lint(built, [rule('conflicting-field-type')]));
    expect(findings.length).toBe(reported.length);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.level).toBe('error');
      const field = /\.(\w+): /.exec(finding.message)![1]!;
      const snake = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      expect(lineOf(docs, finding.place.source, finding.place.line)).toContain(field);
      expect(finding.others).toHaveLength(1);
      expect(finding.others[0]!.relation).toBe('REST/gRPC');
      expect(lineOf(docs, finding.others[0]!.source, finding.others[0]!.line)).toContain(snake);
    }
  });
});
