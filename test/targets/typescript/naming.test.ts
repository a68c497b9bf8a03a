import { describe, expect, test } from 'vitest';
import { NameTable, assignTypeNames, identifier, memberIdentifier, moduleDirectory, typeIdentifier } from '../../../generator/targets/typescript/naming.ts';

describe('identifiers', () => {
  test.each([
    ['Backup', 'Backup'],
    ['a-b c', 'a_b_c'],
    ['1st', '_1st'],
    ['$x', '_x'],
    ['', '_'],
    ['Ｂａｃｋｕｐ', 'Backup'],
  ])('identifier(%j) = %j', (raw, want) => expect(identifier(raw)).toBe(want));

  test.each([
    ['backup', 'Backup'],
    ['Promise', 'Promise_'],
    ['Record', 'Record_'],
    ['Set', 'Set_'],
    ['MysqlConfig5_7', 'MysqlConfig5_7'],
  ])('typeIdentifier(%j) = %j', (raw, want) => expect(typeIdentifier(raw)).toBe(want));

  test.each([
    ['ListBackups', 'listBackups'],
    ['Get', 'get'],
    ['IAMToken', 'iamToken'],
    ['GetOAuthToken', 'getOAuthToken'],
    ['S3Access', 's3Access'],
    ['Constructor', 'constructor_'],
    ['Delete', 'delete'],
  ])('memberIdentifier(%j) = %j', (raw, want) => expect(memberIdentifier(raw)).toBe(want));

  test.each([
    ['managed-redis', 'managed-redis'],
    ['Managed Redis', 'managed-redis'],
    ['../evil', 'evil'],
    ['///', 'product'],
  ])('moduleDirectory(%j) = %j', (raw, want) => expect(moduleDirectory(raw)).toBe(want));
});

describe('NameTable', () => {
  test('later claims of a taken name get a numeric suffix, in claim order', () => {
    const table = new NameTable(['waitForOperation']);
    expect(['get', 'get', 'waitForOperation', 'get'].map((name) => table.claim(name))).toEqual(['get', 'get_2', 'waitForOperation_2', 'get_3']);
  });
});

describe('assignTypeNames', () => {
  const assign = (types: Array<{ id: string; name: string; kind: 'message' | 'enum' }>) => Object.fromEntries(assignTypeNames(types, new NameTable()));

  test.each([
    ['a message keeps its name', [{ id: 'yandex.cloud.mdb.redis.v1.Backup', name: 'Backup', kind: 'message' as const }], { 'yandex.cloud.mdb.redis.v1.Backup': 'Backup' }],
    [
      'an enum inside a message carries the message name',
      [
        { id: 'yandex.cloud.mdb.redis.v1.Backup', name: 'Backup', kind: 'message' as const },
        { id: 'yandex.cloud.mdb.redis.v1.Backup.BackupType', name: 'BackupType', kind: 'enum' as const },
      ],
      { 'yandex.cloud.mdb.redis.v1.Backup': 'Backup', 'yandex.cloud.mdb.redis.v1.Backup.BackupType': 'Backup_BackupType' },
    ],
    [
      "an enum inside a message takes the message's own name, not its id segment",
      [
        { id: 'managed-redis.ClusterService.Get.Response', name: 'GetResponse', kind: 'message' as const },
        { id: 'managed-redis.ClusterService.Get.Response.Environment', name: 'Environment', kind: 'enum' as const },
      ],
      { 'managed-redis.ClusterService.Get.Response': 'GetResponse', 'managed-redis.ClusterService.Get.Response.Environment': 'GetResponse_Environment' },
    ],
    [
      'colliding messages are qualified by enclosing segments, just enough to differ',
      [
        { id: 'yandex.cloud.mdb.redis.v1.Resources', name: 'Resources', kind: 'message' as const },
        { id: 'yandex.cloud.mdb.redis.v1.config.Resources', name: 'Resources', kind: 'message' as const },
      ],
      { 'yandex.cloud.mdb.redis.v1.Resources': 'V1_Resources', 'yandex.cloud.mdb.redis.v1.config.Resources': 'Config_Resources' },
    ],
    [
      'a top-level enum keeps its name',
      [{ id: 'yandex.cloud.compute.v1.IpVersion', name: 'IpVersion', kind: 'enum' as const }],
      { 'yandex.cloud.compute.v1.IpVersion': 'IpVersion' },
    ],
  ])('%s', (_name, types, want) => expect(assign(types)).toEqual(want));

  test('does not depend on the order the types come in', () => {
    const types = [
      { id: 'a.x.Thing', name: 'Thing', kind: 'message' as const },
      { id: 'a.y.Thing', name: 'Thing', kind: 'message' as const },
      { id: 'a.y.Thing.Kind', name: 'Kind', kind: 'enum' as const },
      { id: 'a.x.Thing.Kind', name: 'Kind', kind: 'enum' as const },
    ];
    expect(assign(types)).toEqual(assign([...types].reverse()));
    expect(new Set(Object.values(assign(types))).size).toBe(4);
  });

  test('names that sanitise alike still come out unique', () => {
    const names = assign([
      { id: 'p.a-b', name: 'a-b', kind: 'message' },
      { id: 'p.a_b', name: 'a_b', kind: 'message' },
    ]);
    expect(new Set(Object.values(names)).size).toBe(2);
  });
});
