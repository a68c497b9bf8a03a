import { describe, expect, it } from 'vitest';
import type { Message } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const LEGACY_OPERATION = 'en/_api-ref/mdb/postgresql/api-ref/Database/delete.md';
const GRPC_OPERATION = 'en/managed-postgresql/api-ref/grpc/Database/update.md';
const ERROR_ONLY = 'en/managed-redis/api-ref/Backup/delete.md';

const tree = (...paths: string[]) => docsTree(paths.map((path) => [path, docsPage(path)] as const));

describe('the Operation every long-running call returns', () => {
  it('keeps google.rpc.Status as its error whatever a legacy page flattens, with no stray types or conflicts', async () => {
    const { ir } = await buildIr({ docsDir: tree(LEGACY_OPERATION, GRPC_OPERATION) });
    const operation = ir.types['yandex.cloud.operation.Operation'] as Message;
    expect(operation.fields.find((field) => field.jsonName === 'error')?.type).toEqual({ ref: 'google.rpc.Status' });
    expect(Object.keys(ir.types).filter((id) => id.endsWith('.error'))).toEqual([]);
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('conflicting-'))).toEqual([]);
  });

  it('has one oneof where a page lists only some of its members', async () => {
    const { ir } = await buildIr({ docsDir: tree(ERROR_ONLY, GRPC_OPERATION) });
    const operation = ir.types['yandex.cloud.operation.Operation'] as Message;
    expect(operation.oneofs).toHaveLength(1);
    expect(operation.oneofs[0]?.fields.sort()).toEqual(['error', 'response']);
    expect(operation.fields.filter((field) => field.oneof !== null).map((field) => field.oneof)).toEqual([operation.oneofs[0]?.name, operation.oneofs[0]?.name]);
  });
});
