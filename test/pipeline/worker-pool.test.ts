import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { HANG_ON_ENV } from '../../generator/pipeline/extract-worker.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const PAGES = ['en/managed-postgresql/api-ref/grpc/Database/update.md', 'en/managed-redis/api-ref/grpc/Backup/get.md', 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md'];
let root = '';
afterEach(() => {
  delete process.env[HANG_ON_ENV];
  rmSync(root, { recursive: true, force: true });
});

describe('the extraction workers', () => {
  it('give up on a page that outlives its time budget, with an error, and read the others', async () => {
    root = docsTree(PAGES.map((path) => [path, docsPage(path)]));
    process.env[HANG_ON_ENV] = PAGES[1]!;
    const { ir, stats } = await buildIr({ docsDir: root, pageTimeoutMs: 8_000, workers: 1 });
    expect(ir.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ source: PAGES[1], code: 'page-timeout', line: 1, column: 1 }),
    ]);
    expect(ir.sources.map((source) => [source.path, source.layout])).toEqual([
      [PAGES[0], 'grpc-method'],
      [PAGES[1], 'other'],
      [PAGES[2], 'grpc-method'],
    ]);
    expect(stats.failed).toBe(1);
  });
});
