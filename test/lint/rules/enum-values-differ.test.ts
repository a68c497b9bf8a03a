import { beforeAll, describe, expect, it } from 'vitest';
import { enumValuesDiffer } from '../../../generator/lint/rules/enum-values-differ.ts';
import { build, type Built, findingsOf, lint, LINT_DOCS } from '../lint-of.ts';

describe('enum-values-differ on the MySQL ListBackups pages', () => {
  // The RU gRPC page lists the *_UNSPECIFIED values; the EN gRPC page and the REST page do not.
  let built: Built;
  beforeAll(async () => {
    built = await build(LINT_DOCS, ['*/managed-mysql/**']);
  });

  const table = [
    { page: 'en/managed-mysql/api-ref/grpc/Cluster/listBackups.md', value: 'BACKUP_CREATION_TYPE_UNSPECIFIED', other: { line: 109, relation: 'other language' } },
    { page: 'en/managed-mysql/api-ref/grpc/Cluster/listBackups.md', value: 'BACKUP_STATUS_UNSPECIFIED', other: { line: 116, relation: 'other language' } },
    { page: 'en/managed-mysql/api-ref/Cluster/listBackups.md', value: 'BACKUP_CREATION_TYPE_UNSPECIFIED', other: { line: 109, relation: 'REST/gRPC' } },
    { page: 'en/managed-mysql/api-ref/Cluster/listBackups.md', value: 'BACKUP_STATUS_UNSPECIFIED', other: { line: 116, relation: 'REST/gRPC' } },
  ];
  it.each(table)('$page does not list $value', async ({ page, value, other }) => {
    const findings = findingsOf(await lint(built, [enumValuesDiffer])).filter((finding) => finding.place.source === page && finding.message.includes(value));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.others).toEqual([{ source: 'ru/managed-mysql/api-ref/grpc/Cluster/listBackups.md', column: 4, ...other }]);
  });

  it('files nothing under the page that lists every value', async () => {
    const findings = findingsOf(await lint(built, [enumValuesDiffer]));
    expect(findings.length).toBe(4);
    expect(findings.filter((finding) => finding.place.source.startsWith('ru/'))).toEqual([]);
  });
});
