import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocsIr, Field, Method, TypeRef } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { FIXTURES, seedManifest } from '../helpers/fixtures.ts';

let ir: DocsIr;

beforeAll(async () => {
  const root = docsTree(seedManifest().map((entry) => [entry.path, readFileSync(join(FIXTURES, 'seeds', entry.seed))] as const));
  ({ ir } = await buildIr({ docsDir: root }));
});

const method = (product: string, service: string, name: string): Method | undefined =>
  ir.services.find((candidate) => candidate.product === product && candidate.name === service)?.methods.find((candidate) => candidate.name === name);
const field = (typeId: string, jsonName: string): Field | undefined => {
  const type = ir.types[typeId];
  return type?.kind === 'message' ? type.fields.find((candidate) => candidate.jsonName === jsonName) : undefined;
};
const kind = (type: TypeRef | undefined): string =>
  !type ? 'none' : 'scalar' in type ? type.scalar : 'wellKnown' in type ? type.wellKnown : (ir.types[type.ref]?.kind ?? 'dangling');
const enumValues = (type: TypeRef | undefined): string[] => {
  const found = type && 'ref' in type ? ir.types[type.ref] : undefined;
  return found?.kind === 'enum' ? found.values.map((value) => value.name).filter((name) => !name.endsWith('_UNSPECIFIED')) : [];
};

describe('the five seeds, merged', () => {
  it('recognises every seed with a method layout and reports no errors', () => {
    expect(ir.sources).toHaveLength(5);
    expect(ir.sources.every((source) => source.layout !== 'other')).toBe(true);
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('merges the gRPC page and the Russian REST page of managed-redis ClusterService.ListBackups', () => {
    const listBackups = method('managed-redis', 'ClusterService', 'ListBackups');
    expect(listBackups?.http).toMatchObject({
      verb: 'GET',
      path: '/managed-redis/v1/clusters/{clusterId}/backups',
      pathParams: ['clusterId'],
      queryParams: ['pageSize', 'pageToken'],
    });
    expect(listBackups?.description.en).toBeTruthy();
    expect(listBackups?.description.ru).toBeTruthy();
    expect(listBackups?.pagination).toMatchObject({ pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: 'backups' });
    const request = listBackups?.request ?? '';
    expect(field(request, 'clusterId')).toMatchObject({ type: { scalar: 'string' }, required: true, constraints: { maxLength: 50 } });
    expect(field(request, 'pageSize')).toMatchObject({ type: { scalar: 'int64' }, constraints: { minimum: '0', maximum: '1000' } });
    expect(field(request, 'pageToken')?.constraints.maxLength).toBe(100);
    const backups = field(listBackups?.response ?? '', 'backups');
    expect(backups?.repeated).toBe(true);
    const backup = backups && 'ref' in backups.type ? backups.type.ref : '';
    expect(kind(field(backup, 'createdAt')?.type)).toBe('Timestamp');
    expect(kind(field(backup, 'startedAt')?.type)).toBe('Timestamp');
    expect(field(backup, 'sourceShardNames')).toMatchObject({ type: { scalar: 'string' }, repeated: true });
    expect(enumValues(field(backup, 'type')?.type)).toEqual(['AUTOMATED', 'MANUAL']);
    for (const name of ['id', 'folderId', 'sourceClusterId']) expect(kind(field(backup, name)?.type)).toBe('string');
    expect(field(backup, 'id')?.description.ru).toBeTruthy();
  });

  it('reads the legacy gRPC service page of managed-redis BackupService', () => {
    const get = method('managed-redis', 'BackupService', 'Get');
    expect(get?.http).toBeNull();
    expect(field(get?.request ?? '', 'backupId')).toMatchObject({ type: { scalar: 'string' }, required: true });
    expect(field(get?.response ?? '', 'sourceShardNames')?.repeated).toBe(true);
    const list = method('managed-redis', 'BackupService', 'List');
    expect(field(list?.request ?? '', 'folderId')).toMatchObject({ required: true, constraints: { maxLength: 50 } });
    expect(field(list?.request ?? '', 'pageSize')?.constraints).toEqual({ minimum: '0', maximum: '1000' });
    expect(field(list?.request ?? '', 'pageToken')?.constraints).toEqual({ maxLength: 100 });
    expect(list?.pagination?.items).toBe('backups');
  });

  it('states no lower bound where the MySQL page states none', () => {
    const listBackups = method('managed-mysql', 'ClusterService', 'ListBackups');
    expect(field(listBackups?.request ?? '', 'pageSize')).toMatchObject({ type: { scalar: 'int64' }, constraints: { maximum: '1000' } });
    expect(field(listBackups?.request ?? '', 'pageSize')?.constraints.minimum).toBeUndefined();
  });

  it('reads the PostgreSQL backup fields and the enums listed in HTML', () => {
    const listBackups = method('managed-postgresql', 'ClusterService', 'ListBackups');
    const backups = field(listBackups?.response ?? '', 'backups');
    const backup = backups && 'ref' in backups.type ? backups.type.ref : '';
    expect(kind(field(backup, 'size')?.type)).toBe('int64');
    expect(kind(field(backup, 'journalSize')?.type)).toBe('int64');
    expect(enumValues(field(backup, 'type')?.type)).toEqual(['AUTOMATED', 'MANUAL']);
    expect(enumValues(field(backup, 'method')?.type)).toEqual(['BASE', 'INCREMENTAL']);
  });
});
