import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requiredDiffers } from '../../../generator/lint/rules/required-differs.ts';
import { DOCS } from '../../helpers/fixtures.ts';
import { build, type Built, findingsOf, lint, LINT_DOCS } from '../lint-of.ts';

const lineOf = (docsDir: string, source: string, line: number): string => readFileSync(join(docsDir, source), 'utf8').split('\n')[line - 1] ?? '';

describe('required-differs', () => {
  // docs/ holds a later version of the Redis ListBackups gRPC page that marks Backup's fields "Required field."; the other Redis pages do not.
  let built: Built;
  beforeAll(async () => {
    built = await build(DOCS, ['en/managed-redis/api-ref/grpc/**', 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md']);
  });

  const table = [
    { page: 'en/managed-redis/api-ref/grpc/Backup/get.md', field: 'folderId', relation: 'other page' },
    { page: 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', field: 'folderId', relation: 'REST/gRPC' },
    { page: 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', field: 'sourceClusterId', relation: 'REST/gRPC' },
  ];
  it.each(table)('$page: $field is required elsewhere ($relation)', async ({ page, field, relation }) => {
    const findings = findingsOf(await lint(built, [requiredDiffers])).filter((finding) => finding.place.source === page && finding.message.includes(`.Backup.${field}:`));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(lineOf(DOCS, page, finding!.place.line)).toMatch(new RegExp(`\\b(${field}|${field.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`)})\\b`));
    expect(finding!.others).toEqual([expect.objectContaining({ source: 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md', relation })]);
    expect(lineOf(DOCS, finding!.others[0]!.source, finding!.others[0]!.line + 2)).toContain('Required field.');
  });

  it('finds nothing where every page agrees', async () => {
    const agreeing = await build(LINT_DOCS, ['*/managed-mysql/**']);
    expect(findingsOf(await lint(agreeing, [requiredDiffers]))).toEqual([]);
  });
});
