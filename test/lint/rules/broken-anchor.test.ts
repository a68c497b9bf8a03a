import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenAnchor } from '../../../generator/lint/rules/broken-anchor.ts';
import { build, findingsOf, lint, LINT_DOCS } from '../lint-of.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const where = (finding: { place: { source: string; line: number; column: number } }) => `${finding.place.source}:${finding.place.line}:${finding.place.column}`;

describe('broken-anchor', () => {
  // The RU MongoDB service page links to `#ListDatabasesRequest1` and `#Operation1`, anchors only its EN page has.
  const table = [
    { page: 'ru/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md', want: ["60:166 '#ListDatabasesRequest1'", "60:285 '#ListDatabasesRequest1'", "132:95 '#Operation1'"] },
    { page: 'en/_api-ref-grpc/managed-mongodb/api-ref/grpc/database_service.md', want: [] },
  ];
  it.each(table)('$page', async ({ page, want }) => {
    const findings = findingsOf(await lint(await build(LINT_DOCS, ['*/_api-ref-grpc/managed-mongodb/**']), [brokenAnchor])).filter((finding) => finding.place.source === page);
    expect(findings.map((finding) => `${finding.place.line}:${finding.place.column} '${/link to '([^']*)'/.exec(finding.message)![1]}'`)).toEqual(want);
    const lines = readFileSync(join(LINT_DOCS, page), 'utf8').split('\n');
    for (const finding of findings) expect(lines[finding.place.line - 1]!.slice(finding.place.column - 1)).toMatch(/^#\w+\)/);
  });

  it('follows a relative link to a page of the tree, and judges no page outside it', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'apiref-lint-'));
    folders.push(docs);
    const rest = 'en/managed-mysql/api-ref/Cluster/listBackups.md';
    const grpc = 'en/managed-mysql/api-ref/grpc/Cluster/listBackups.md';
    for (const page of [rest, grpc]) cpSync(join(LINT_DOCS, page), join(docs, page));
    appendFileSync(join(docs, rest), '\nSee [Backup](../grpc/Cluster/listBackups.md#yandex.cloud.mdb.mysql.v1.Backup), [gone](../grpc/Cluster/listBackups#gone) and [elsewhere](../../../managed-redis/api-ref/Cluster/get.md#nothing).\n');
    const findings = findingsOf(await lint(await build(docs), [brokenAnchor])).filter((finding) => finding.message.includes('/'));
    expect(findings).toHaveLength(1);
    const lines = readFileSync(join(docs, rest), 'utf8').split('\n');
    expect(where(findings[0]!)).toBe(`${rest}:${lines.length - 1}:${lines.at(-2)!.indexOf('../grpc/Cluster/listBackups#gone') + 1}`);
    expect(findings[0]!.message).toBe(`link to '../grpc/Cluster/listBackups#gone': ${grpc} has no anchor 'gone'`);
    expect(findings[0]!.others).toEqual([{ source: grpc, line: 1, column: 1, relation: 'REST/gRPC' }]);
  });
});
