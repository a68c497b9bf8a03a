import { Project } from 'ts-morph';
import { describe, expect, test } from 'vitest';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { cloudModel } from '../fixtures/cloud-model.ts';

const files = new Map(emitPackage(cloudModel).map((file) => [file.path, file.contents]));
const project = new Project({ useInMemoryFileSystem: true });
const redis = project.createSourceFile('redis.ts', files.get('src/managed-redis/types.ts') as string);
const compute = project.createSourceFile('compute.ts', files.get('src/compute/types.ts') as string);
const shared = project.createSourceFile('shared.ts', files.get('src/shared/types.ts') as string);

function property(source: typeof redis, type: string, name: string): string {
  const member = source.getInterfaceOrThrow(type).getPropertyOrThrow(name);
  return `${member.hasQuestionToken() ? '?' : ''}${member.getTypeNodeOrThrow().getText()}`;
}

describe('message interfaces (JSON mapping)', () => {
  test.each([
    ['ListClusterBackupsRequest', 'clusterId', 'string'],
    ['ListClusterBackupsRequest', 'pageSize', '?$Int64'],
    ['Backup', 'createdAt', 'string'],
    ['Backup', 'sourceShardNames', '?string[]'],
    ['Backup', 'type', '?Backup_BackupType'],
    ['ListClusterBackupsResponse', 'backups', '?Backup[]'],
    ['Cluster', 'labels', '?Record<string, string>'],
    ['ClusterConfig', 'maxmemoryPercent', '?$Int64 | null'],
    ['ClusterConfig', 'tlsEnabled', '?boolean | null'],
    ['ClusterConfig', 'timeout', '?string'],
    ['ClusterConfig', 'backupWindowStart', '?{ hours?: number; minutes?: number; seconds?: number; nanos?: number }'],
    ['ClusterConfig', 'resources', '?V1_Resources<$Int64>'],
    ['HostSpec', 'resources', '?Config_Resources'],
  ])('redis %s.%s: %s', (type, name, want) => expect(property(redis, type, name)).toBe(want));

  test.each([
    ['Operation', 'metadata', "?{ '@type'?: string; [key: string]: unknown }"],
    ['Operation', 'error', '?Status'],
  ])('shared (reached from redis and compute) %s.%s: %s', (type, name, want) => expect(property(shared, type, name)).toBe(want));

  test.each([
    ['Disk', 'size', '?$Int64'],
    ['Disk', 'partitionSizes', '?Record<string, $Int64>'],
    ['Disk', 'status', '?Disk_Status'],
    ['UpdateDiskRequest', 'updateMask', '?string'],
    ['FieldMatch', 'equals', '?unknown'],
    ['FieldMatch', 'anyValue', '?unknown[]'],
    ['FieldMatch', 'attributes', '?Record<string, unknown>'],
    ['FieldMatch', 'payload', '?string'],
    ['FieldMatch', 'ratio', '?number'],
    ['FieldMatch', 'day', '?{ year?: number; month?: number; day?: number }'],
    ['FieldMatch', 'nested', '?Record<string, Row>'],
    ['Filter', 'allOf', '?Filter<$Int64>[]'],
    ['Filter', 'not', '?Filter<$Int64>'],
  ])('compute %s.%s: %s', (type, name, want) => expect(property(compute, type, name)).toBe(want));
});

describe('int64 fields: strings when read, more when written', () => {
  const typeParameters = (source: typeof redis, type: string) =>
    source.getInterfaceOrThrow(type).getTypeParameters().map((parameter) => parameter.getText());

  test.each([
    ['redis', redis, 'ListClusterBackupsRequest', ['$Int64 = string']],
    ['redis (through a nested message)', redis, 'ClusterConfig', ['$Int64 = string']],
    ['redis (no int64 at any depth)', redis, 'Backup', []],
    ['compute (recursive, holding them through FieldMatch)', compute, 'Filter', ['$Int64 = string']],
  ])('%s %s: %j', (_name, source, type, want) => expect(typeParameters(source, type)).toEqual(want));
});

describe('enums', () => {
  test('an open union of string literals (a value the docs do not list yet is a string) and a const object of the same name', () => {
    expect(redis.getTypeAliasOrThrow('Backup_BackupType').getTypeNodeOrThrow().getText()).toBe("'BACKUP_TYPE_UNSPECIFIED' | 'AUTOMATED' | 'MANUAL' | (string & {})");
    const values = redis.getVariableDeclarationOrThrow('Backup_BackupType').getInitializerOrThrow().getText();
    expect(values).toContain("MANUAL: 'MANUAL',");
    expect(values.endsWith('as const')).toBe(true);
  });
});

describe('docs in the editor', () => {
  const docsOf = (type: string, name: string) =>
    redis.getInterfaceOrThrow(type).getPropertyOrThrow(name).getJsDocs().map((doc) => doc.getInnerText()).join('\n');

  test('English, then Russian, with site links made absolute', () => {
    const text = docsOf('ListClusterBackupsRequest', 'clusterId');
    expect(text).toContain('Required field. ID of the Redis cluster.');
    expect(text).toContain('[ClusterService.List](https://yandex.cloud/en/docs/managed-redis/api-ref/Cluster/list#List)');
    expect(text).toContain('RU: Обязательное поле. Идентификатор кластера Redis.');
  });

  test('anchors to types become {@link}', () => {
    expect(docsOf('ListClusterBackupsRequest', 'pageSize')).toContain('{@link ListClusterBackupsResponse | ListClusterBackupsResponse.nextPageToken}');
  });

  test('what the JSON mapping does to a field is said where its type would not', () => {
    expect(docsOf('ListClusterBackupsRequest', 'pageSize')).toContain('JSON: int64 as a decimal string.');
    expect(docsOf('Backup', 'createdAt')).toContain('JSON: an RFC 3339 timestamp');
  });

  test('a stated default becomes @defaultValue', () => {
    const docs = compute.getInterfaceOrThrow('FieldMatch').getPropertyOrThrow('gpus').getJsDocs().map((doc) => doc.getText()).join('\n');
    expect(docs).toContain('@defaultValue `0`');
  });

  test('oneof members name their alternatives', () => {
    expect(docsOf('MaintenanceWindow', 'anytime')).toContain('Part of the oneof `policy`: set at most one of this and `weeklyMaintenanceWindow`.');
  });
});
