import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const GOOD = 'en/managed-redis/api-ref/grpc/Backup/get.md';
const goodPage = () => [GOOD, docsPage(GOOD)] as const;

const grpcPage = (table: string): string =>
  [
    '# Managed Service for Redis API, gRPC: BackupService.Get',
    '',
    '## gRPC request',
    '',
    '**rpc Get ([GetBackupRequest](#yandex.cloud.mdb.redis.v1.GetBackupRequest)) returns ([Backup](#yandex.cloud.mdb.redis.v1.Backup))**',
    '',
    '## GetBackupRequest {#yandex.cloud.mdb.redis.v1.GetBackupRequest}',
    '',
    table,
    '',
  ].join('\n');

/** Builds a tree of the broken page beside a good one; the good one must still be read. */
async function diagnosticsFor(path: string, content: Uint8Array | string): Promise<Diagnostic[]> {
  const { ir } = await buildIr({ docsDir: docsTree([goodPage(), [path, content]]) });
  expect(ir.services.some((service) => service.methods.some((method) => method.name === 'Get' && method.sources.some((ref) => ref.startsWith(GOOD))))).toBe(true);
  return ir.diagnostics.filter((diagnostic) => diagnostic.source === path);
}

const located = (diagnostic: Diagnostic | undefined) => expect(diagnostic && diagnostic.line > 0 && diagnostic.column > 0).toBe(true);

describe('broken input gives diagnostics and the other pages are still read', () => {
  it('an empty file, an include stub or a binary file that is no API page: skipped, no diagnostic', async () => {
    for (const [path, content] of [
      ['en/x/api-ref/grpc/Empty/get.md', ''],
      ['en/x/api-ref/Stub/get.md', '{% include notitle [get](../../_api-ref/x/api-ref/Stub/get.md) %}\n'],
      ['en/x/api-ref/grpc/Bin/get.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff])],
    ] as const) {
      const { ir, stats } = await buildIr({ docsDir: docsTree([goodPage(), [path, content]]) });
      expect(ir.diagnostics.filter((diagnostic) => diagnostic.source === path)).toEqual([]);
      expect(ir.sources.map((source) => source.path)).not.toContain(path);
      expect(stats.skipped).toBe(1);
    }
  });

  it('binary bytes in a page that looks like a gRPC method page: an error', async () => {
    const [diagnostic] = await diagnosticsFor('en/x/api-ref/grpc/Bin/get.md', grpcPage('\u0000'));
    expect(diagnostic).toMatchObject({ severity: 'error', code: 'binary-file' });
    located(diagnostic);
  });

  it('bytes that are not UTF-8 in a method page: a warning, and the page is still read', async () => {
    const page = new TextEncoder().encode(grpcPage('Latin-1: '));
    const bytes = new Uint8Array([...page, 0xe9, 0x0a]);
    const diagnostics = await diagnosticsFor('en/x/api-ref/grpc/Latin/get.md', bytes);
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'invalid-utf8')).toMatchObject({ severity: 'warning' });
  });

  it('a YFM table with no closing |#', async () => {
    const diagnostics = await diagnosticsFor('en/x/api-ref/grpc/Open/get.md', grpcPage('#|\n||Field | Description ||\n|| backup_id | **string**\n\nRequired field. ID. ||'));
    const unclosed = diagnostics.find((diagnostic) => diagnostic.code === 'unclosed-table');
    expect(unclosed?.line).toBe(9);
    located(unclosed);
  });

  it('a truncated row', async () => {
    const diagnostics = await diagnosticsFor('en/x/api-ref/grpc/Cut/get.md', grpcPage('#|\n||Field | Description ||\n|| backup_id | **string**\n\nRequired field. ID.\n|#'));
    const truncated = diagnostics.find((diagnostic) => diagnostic.code === 'truncated-row');
    expect(truncated?.line).toBe(11);
    located(truncated);
  });

  it('an unknown type notation', async () => {
    const diagnostics = await diagnosticsFor('en/x/api-ref/grpc/Odd/get.md', grpcPage('#|\n||Field | Description ||\n|| backup_id | **quaternion**\n\nID. ||\n|#'));
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-type-notation');
    expect(unknown).toMatchObject({ severity: 'warning', line: 11, column: 1 });
    expect(unknown?.message).toContain('quaternion');
  });

  it('a duplicated field', async () => {
    const diagnostics = await diagnosticsFor('en/x/api-ref/grpc/Twice/get.md', grpcPage('#|\n||Field | Description ||\n|| backup_id | **string**\n\nID. ||\n|| backup_id | **string**\n\nID again. ||\n|#'));
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-field')).toMatchObject({ line: 14, column: 1 });
  });

  it('two pages that contradict each other name both places', async () => {
    const one = grpcPage('#|\n||Field | Description ||\n|| backup_id | **string**\n\nThe maximum string length in characters is 50. ||\n|#');
    const other = one.replace('is 50', 'is 60').replace('**string**', '**bool**');
    const { ir } = await buildIr({ docsDir: docsTree([['en/x/api-ref/grpc/Backup/get.md', one], ['ru/x/api-ref/grpc/Backup/get.md', other]]) });
    const conflicts = ir.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('conflicting-'));
    expect(conflicts.map((diagnostic) => diagnostic.code).sort()).toEqual(['conflicting-constraint', 'conflicting-field-type']);
    for (const conflict of conflicts) {
      expect(conflict.message).toContain('en/x/api-ref/grpc/Backup/get.md:');
      expect(conflict.source).toBe('ru/x/api-ref/grpc/Backup/get.md');
    }
  });
});
