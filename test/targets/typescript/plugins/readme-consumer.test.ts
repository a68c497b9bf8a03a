/**
 * The generated README's example, taken as a user would: copied out of the README, it
 * type-checks with no type arguments, and, with its placeholders filled in, runs against a
 * local fake of IAM and the API (127.0.0.1): auth from a key file, an operation and its
 * wait, a paginated list.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { json, makeKeyFile, startFakeIam, type FakeIam } from '../helpers/fake-iam.ts';
import { buildPackage, compile, consumerOf, removeTemporaryFolders } from '../helpers/generated-package.ts';
import { docsModel } from '../helpers/models.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const key = makeKeyFile();
let consumer: string;
let example: string;
let iam: FakeIam;
const seen: Array<{ method: string; path: string; authorization: string | undefined }> = [];

/** Sends every https request of the example to the fake instead, keeping its path and query. */
const REDIRECT = `
const realFetch = globalThis.fetch;
globalThis.fetch = (url, init) => {
  const target = new URL(String(url));
  return realFetch(process.env.FAKE_ENDPOINT + target.pathname + target.search, init);
};
`;

beforeAll(async () => {
  const built = await buildPackage(await docsModel());
  expect(built.diagnostics).toBe('');
  consumer = consumerOf(built.dir);
  mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/@types/node'), join(consumer, 'node_modules/@types/node'), 'dir');
  writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }');
  const readme = readFileSync(join(built.dir, 'README.md'), 'utf8');
  example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  iam = await startFakeIam(key);
  iam.api = fakeApi;
});

afterAll(async () => {
  await iam.close();
  removeTemporaryFolders();
});

const backup = (id: string) => ({ id, folderId: 'f1', createdAt: '2024-05-14T10:21:33Z', sourceClusterId: 'c1', startedAt: '2024-05-14T10:20:00Z', type: 'MANUAL' });

function fakeApi(request: Parameters<FakeIam['api']>[0], response: Parameters<FakeIam['api']>[1]): void {
  const url = new URL(request.url ?? '/', 'http://fake');
  seen.push({ method: request.method ?? '', path: url.pathname, authorization: request.headers.authorization });
  if (url.pathname.startsWith('/operations/')) {
    json(response, 200, { id: 'op1', done: true, response: { '@type': 'type.googleapis.com/yandex.cloud.mdb.redis.v1.User', name: 'alice', clusterId: 'c1' } });
  } else if (request.method === 'PATCH') {
    json(response, 200, { id: 'op1', done: false, metadata: { '@type': 'type.googleapis.com/yandex.cloud.mdb.redis.v1.UpdateUserMetadata', clusterId: 'c1', userName: 'alice' } });
  } else if (url.pathname.endsWith('/backups')) {
    json(response, 200, url.searchParams.get('pageToken') === 'p2' ? { backups: [backup('b3')] } : { backups: [backup('b1'), backup('b2')], nextPageToken: 'p2' });
  } else {
    json(response, 404, { code: 5, message: `no ${url.pathname}` });
  }
}

describe("the generated README's example", () => {
  test('uses a key file, an operation with its wait, and a list, with no type arguments', () => {
    expect(example).toContain("new IamTokenService(JSON.parse(await readFile('key.json', 'utf8')))");
    expect(example).toMatch(/await \w+\.waitForOperation\(operation\)/);
    expect(example).toMatch(/\.\w+All\(/);
    expect(example).not.toMatch(/waitForOperation</);
  });

  test('type-checks as written, strict, and the wait resolves to the documented type', async () => {
    // One line more, to check what the wait resolves to: the User the docs name, not unknown.
    const checked = example.replace(/^( *)(const user = await users\.waitForOperation\(operation\);.*)$/m, "$1$2\n$1const documented: import('@apiref/yandex-cloud/managed-redis').User = user;");
    expect(checked).not.toBe(example);
    writeFileSync(join(consumer, 'usage.ts'), checked);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], types: ['node'], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true },
        include: ['usage.ts'],
      }),
    );
    expect(await compile(consumer)).toBe('');
  });

  test('runs against the local fakes: one token exchange, the token on every call, the operation waited for, every page listed', async () => {
    const filled = example.replaceAll("'…'", "'c9qash3nb1v9ulc9ag10'");
    writeFileSync(join(consumer, 'run.mjs'), (await transform(filled, { loader: 'ts', format: 'esm' })).code);
    writeFileSync(join(consumer, 'redirect.mjs'), REDIRECT);
    writeFileSync(join(consumer, 'key.json'), JSON.stringify(key));
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', './redirect.mjs', 'run.mjs'], {
      cwd: consumer,
      env: { ...process.env, FAKE_ENDPOINT: iam.endpoint },
      timeout: 60_000,
    });
    expect(stderr).toBe('');
    expect(stdout).toContain("name: 'alice'");
    for (const id of ['b1', 'b2', 'b3']) expect(stdout).toContain(`id: '${id}'`);
    expect(iam.refusals).toEqual([]);
    expect(iam.exchanges).toHaveLength(1);
    expect(seen.map((call) => `${call.method} ${call.path.replace(/c9qash3nb1v9ulc9ag10/g, '<id>')}`)).toEqual([
      'PATCH /managed-redis/v1/clusters/<id>/users/<id>',
      'GET /operations/op1',
      'GET /managed-redis/v1/clusters/<id>/backups',
      'GET /managed-redis/v1/clusters/<id>/backups',
    ]);
    expect(new Set(seen.map((call) => call.authorization))).toEqual(new Set(['Bearer t1.iam-1']));
  });
});
