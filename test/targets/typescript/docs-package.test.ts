/**
 * The packages generated from the pages the project ships: they compile under the strictest
 * settings, pack only what users need, and their validators hold what the docs state.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackage, type BuiltPackage, consumerOf, importFrom, removeTemporaryFolders, typeCheckConsumer } from './helpers/generated-package.ts';
import { docsModel, surveyModel, trainingModel } from './helpers/models.ts';

afterAll(removeTemporaryFolders);

interface Issue {
  path: string;
  code: string;
}
type Validate = (value: unknown) => { ok: true; value: unknown } | { ok: false; issues: Issue[] };

let docs: BuiltPackage;
let redis: Record<string, Validate>;

beforeAll(async () => {
  docs = await buildPackage(await docsModel());
  redis = await importFrom<Record<string, Validate>>(consumerOf(docs.dir), '@apiref/yandex-cloud/managed-redis');
});

describe('the package generated from docs/', () => {
  test('compiles with zero errors under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
    expect(docs.diagnostics).toBe('');
    expect(docs.files.find((file) => file.path === 'tsconfig.json')?.contents).toMatch(/"strict": true[\s\S]*"noUncheckedIndexedAccess": true[\s\S]*"exactOptionalPropertyTypes": true/);
  });

  test('type-checks in a strict consumer project that imports it by name, and types what it should', async () => {
    const usage = [
      "import { ApiError, type StandardSchemaV1 } from '@apiref/yandex-cloud';",
      "import { Backup_BackupType, ClusterServiceClient, UserServiceClient, validateBackup, type Backup, type ClientOutputBufferLimit, type User } from '@apiref/yandex-cloud/managed-redis';",
      "import { UserServiceClient as MysqlUsers } from '@apiref/yandex-cloud/managed-mysql';",
      "const client = new ClusterServiceClient({ token: () => 'token', timeoutMs: 1000, retries: 1, validate: true });",
      'export async function newestManual(): Promise<string | undefined> {',
      "  for await (const backup of client.listBackupsAll({ clusterId: 'c1', pageSize: 100 })) {",
      '    const created: string = backup.createdAt;',
      '    if (backup.type === Backup_BackupType.MANUAL) return created;',
      '  }',
      "  const page = await client.listBackups({ clusterId: 'c1', pageSize: '10' }, { signal: AbortSignal.timeout(1000) });",
      "  await client.listBackups({ clusterId: 'c1', pageSize: 10n });",
      '  return page.nextPageToken;',
      '}',
      'export async function renameUser(): Promise<string | undefined> {',
      '  const users = new UserServiceClient();',
      "  const operation = await users.update({ clusterId: 'c1', userName: 'u', updateMask: 'enabled', enabled: false });",
      "  const metadataUser: string | undefined = operation.metadata?.userName;",
      '  const user = await users.waitForOperation(operation);',
      '  const named: User = user;',
      '  const again: User = await users.waitForOperation<User>(operation);',
      '  // @ts-expect-error the operation says what it resolves to',
      '  await users.waitForOperation<Backup>(operation);',
      '  return named.name ?? again.name ?? metadataUser;',
      '}',
      "type MysqlUser = { name?: string; clusterId?: string };",
      'export async function mysqlUser(): Promise<MysqlUser> {',
      "  const users = new MysqlUsers({ token: null });",
      '  // The docs name no response type here: the caller does.',
      "  return users.waitForOperation<MysqlUser>(await users.create({ clusterId: 'c1', userSpec: { name: 'u', password: 'p', connectionLimits: { maxQuestionsPerHour: 10 } } }));",
      '}',
      'export const schema: StandardSchemaV1<unknown, Backup> = validateBackup;',
      'export const isApiError = (error: unknown): boolean => error instanceof ApiError && error.status === 404;',
      "export const limit: string | undefined = ({} as ClientOutputBufferLimit).hardLimit;",
      '// @ts-expect-error responses hold int64 as strings',
      "export const limitNumber: number | undefined = ({} as ClientOutputBufferLimit).hardLimit;",
      '// @ts-expect-error clusterId is required',
      'void client.listBackups({});',
      '// @ts-expect-error int64 is a string, a number or a bigint',
      "void client.listBackups({ clusterId: 'c1', pageSize: true });",
      "// A value the docs do not list yet is still a Backup_BackupType (the union is open):",
      "export const future: Backup['type'] = 'WEEKLY';",
    ];
    expect(await typeCheckConsumer(docs.dir, usage)).toBe('');
  });

  test('declares Operation and google.rpc.Status once, in the shared module; every product module exports them', async () => {
    const declaring = (name: string) => docs.files.filter((file) => new RegExp(`^export interface ${name}\\b`, 'm').test(file.contents)).map((file) => file.path);
    expect(declaring('Operation')).toEqual(['src/shared/types.ts']);
    expect(declaring('Status')).toEqual(['src/shared/types.ts']);
    const consumer = consumerOf(docs.dir);
    const manifest = JSON.parse(docs.files.find((file) => file.path === 'package.json')?.contents ?? '{}') as { exports: Record<string, unknown> };
    const subpaths = Object.keys(manifest.exports).filter((subpath) => subpath !== '.' && subpath !== './package.json');
    expect(subpaths.length).toBeGreaterThan(1);
    const validators = await Promise.all(subpaths.map((subpath) => importFrom<Record<string, unknown>>(consumer, `@apiref/yandex-cloud${subpath.slice(1)}`)));
    for (const module of validators) expect(module['validateOperation']).toBe(redis.validateOperation);
  });

  test('npm pack lists the built modules with their maps, the sources, README, LICENSE and package.json', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: docs.dir });
    const [packed] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
    const paths = packed?.files.map((file) => file.path) ?? [];
    expect(paths).toContain('dist/managed-redis/index.js');
    expect(paths).toContain('dist/managed-redis/index.d.ts');
    expect(paths).toContain('dist/managed-redis/index.js.map');
    expect(paths).toContain('dist/managed-redis/index.d.ts.map');
    expect(paths).toContain('src/managed-redis/client.ts');
    expect(paths.filter((path) => !path.startsWith('dist/') && !path.startsWith('src/')).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(paths.every((path) => /\.(js|d\.ts)(\.map)?$/.test(path) || !path.startsWith('dist/'))).toBe(true);
  });
});

describe('validators of managed-redis, as the docs state them', () => {
  const backup = {
    id: 'c9q1b2k3m4n5p6q7r8s9',
    folderId: 'b1gq90dgh25bebiu75o',
    createdAt: '2024-05-14T10:21:33.123456Z',
    sourceClusterId: 'c9qash3nb1v9ulc9ag10',
    startedAt: '2024-05-14T10:20:01Z',
    sourceShardNames: ['shard1', 'shard2'],
    type: 'AUTOMATED',
  };

  test('validateBackup accepts a real response object', () => {
    expect(redis.validateBackup?.(backup)).toEqual({ ok: true, value: backup });
  });

  test('validateBackup reports one issue per fault, at its path', () => {
    const result = redis.validateBackup?.({ id: 7, createdAt: 'yesterday', type: 'WEEKLY' });
    const issues = result && !result.ok ? result.issues.map((issue) => `${issue.path}:${issue.code}`) : [];
    expect(issues.sort()).toEqual(['createdAt:timestamp', 'folderId:required', 'id:type', 'sourceClusterId:required', 'startedAt:required', 'type:enum']);
  });

  test('a whole page checks item by item', () => {
    const result = redis.validateListClusterBackupsResponse?.({ backups: [backup, { ...backup, startedAt: 'noon' }], nextPageToken: 't' });
    expect(result && !result.ok && result.issues.map((issue) => issue.path)).toEqual(['backups[1].startedAt']);
  });

  test.each([
    ['accepts a full request', { clusterId: 'c9qash3nb1v9ulc9ag10', pageSize: '1000', pageToken: 't' }, []],
    ['rejects a missing clusterId', { pageSize: '10' }, ['clusterId:required']],
    ['rejects a 51-character clusterId', { clusterId: 'c'.repeat(51) }, ['clusterId:max_length']],
    ['accepts a 50-character clusterId', { clusterId: 'c'.repeat(50) }, []],
    ["rejects pageSize '1001'", { clusterId: 'c1', pageSize: '1001' }, ['pageSize:maximum']],
    ["accepts pageSize '1000'", { clusterId: 'c1', pageSize: '1000' }, []],
    ['rejects pageSize as a number', { clusterId: 'c1', pageSize: 10 }, ['pageSize:type']],
    ['rejects a negative pageSize', { clusterId: 'c1', pageSize: '-1' }, ['pageSize:minimum']],
  ])('validateListClusterBackupsRequest %s', (_name, value, want) => {
    const result = redis.validateListClusterBackupsRequest?.(value);
    expect(result?.ok ? [] : result?.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual(want);
  });
});

describe('the package generated from the whole training corpus', () => {
  test('compiles with zero errors', async () => {
    const training = await buildPackage(await trainingModel());
    expect(training.diagnostics).toBe('');
    expect(training.files.some((file) => file.path === 'src/managed-redis/client.ts')).toBe(true);
  });
});

describe('the package generated from the survey of other services', () => {
  test('compiles with zero errors; bytes lengths are checked, not reported as stray', async () => {
    const survey = await buildPackage(await surveyModel());
    expect(survey.diagnostics).toBe('');
    expect(survey.warnings).toEqual([]);
  });
});
