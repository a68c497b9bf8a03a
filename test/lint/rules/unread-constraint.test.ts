import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unreadConstraint } from '../../../generator/lint/rules/unread-constraint.ts';
import { build, type Built, findingsOf, lint, LINT_DOCS } from '../lint-of.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';

const SURVEY3_DOCS = join(FIXTURES, 'survey3/docs');

const quoted = (message: string): string => /reads: "(.*)"/.exec(message)![1]!;
const textAt = (docs: string, source: string, line: number, column: number): string => readFileSync(join(docs, source), 'utf8').split('\n')[line - 1]!.slice(column - 1);

describe('unread-constraint', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build(LINT_DOCS, ['*/_api-ref-grpc/managed-mongodb/**', 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md']);
  });

  // given: a page; want: the human-written limits on it that no phrase row reads, in page order.
  const table = [
    // Length prose in EN and RU ("1-63 characters long.", «Длина 1-63 символов.») is read by phrase rows.
    { page: 'en/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md', sentences: [] },
    { page: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md', sentences: [] },
    { page: 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md', sentences: ['Maximum 64 per cluster.'] },
  ];
  it.each(table)('$page', async ({ page, sentences }) => {
    const findings = findingsOf(await lint(built, [unreadConstraint])).filter((finding) => finding.place.source === page);
    expect(findings.map((finding) => quoted(finding.message))).toEqual(sentences);
    for (const finding of findings) expect(textAt(LINT_DOCS, page, finding.place.line, finding.place.column).startsWith(quoted(finding.message))).toBe(true);
  });

  it('leaves alone what a phrase row reads, and numbers that are names or examples', async () => {
    const sentences = findingsOf(await lint(built, [unreadConstraint])).map((finding) => quoted(finding.message));
    const mongo = readFileSync(join(LINT_DOCS, 'en/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md'), 'utf8');
    const redis = readFileSync(join(LINT_DOCS, 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md'), 'utf8');
    expect(mongo).toContain('The maximum value is 1000.');
    expect(redis).toContain('RFC3339');
    expect(redis).toContain('Default configuration for a Redis 5.0 cluster.');
    expect(sentences.filter((sentence) => /maximum value is 1000|RFC\s?3339|Redis \d\.\d cluster/.test(sentence))).toEqual([]);
  });

  it('reports a sentence that many pages repeat once, naming the other pages', async () => {
    const repeated = await build(join(FIXTURES, 'survey/docs'), ['**']);
    const labels = findingsOf(await lint(repeated, [unreadConstraint])).filter((finding) => finding.message.startsWith('yandex.cloud.iam.v1.ServiceAccount.labels:'));
    const sentence = 'Maximum of 64 per resource.';
    const docs = join(FIXTURES, 'survey/docs');
    const pages = repeated.pages.map((page) => page.source.path).filter((page) => page.includes('/ServiceAccount/') && readFileSync(join(docs, page), 'utf8').includes(sentence)).sort();
    expect(pages.length).toBeGreaterThan(1);
    expect(labels).toHaveLength(1);
    expect(labels[0]!.place.source).toBe(pages[0]);
    expect(labels[0]!.others.map((other) => other.source)).toEqual(pages.slice(1, 4));
    expect(labels[0]!.message).toMatch(new RegExp(`"Maximum of 64 per resource\\." \\(also on ${pages.length - 1} other pages?\\)$`));
  });

  it('shows the sentences the extractor reports as unparsed-constraint, at their rows', async () => {
    const survey = await build(SURVEY3_DOCS, ['*/_api-ref/organizationmanager/saml/api-ref/Federation/create.md']);
    const unparsed = survey.ir.diagnostics.filter((diagnostic) => diagnostic.code === 'unparsed-constraint');
    expect(unparsed.length).toBeGreaterThan(0);
    const findings = findingsOf(await lint(survey, [unreadConstraint]));
    for (const diagnostic of unparsed) {
      expect(findings).toContainEqual(expect.objectContaining({ place: { source: diagnostic.source, line: diagnostic.line, column: diagnostic.column }, message: diagnostic.message }));
    }
  });
});
