/**
 * The token services against a local fake IAM and metadata service (127.0.0.1): a real RSA
 * key made here, the JWT's PS256 signature checked by the fake, tokens cached, shared by
 * concurrent calls, refreshed before they expire and once on a 401.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { IamTokenService, MetadataTokenService } from '../../../../generator/targets/typescript/runtime/auth.ts';
import { HttpTransport } from '../../../../generator/targets/typescript/runtime/http.ts';
import { resolveToken } from '../../../../generator/targets/typescript/runtime/options.ts';
import { json, makeKeyFile, startFakeIam, type FakeIam, type KeyFile } from '../helpers/fake-iam.ts';
import { restCall } from '../helpers/rest-call.ts';

let key: KeyFile;
let iam: FakeIam;

beforeAll(async () => {
  key = makeKeyFile();
  iam = await startFakeIam(key);
});

afterAll(() => iam.close());

afterEach(() => {
  iam.exchanges.length = 0;
  iam.refusals.length = 0;
  iam.lifetimeMs = 12 * 3_600_000;
  iam.failWith = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('IamTokenService (service-account authorized key)', () => {
  test('exchanges a PS256 JWT made from the key file for an IAM token, one exchange for concurrent callers', async () => {
    const service = new IamTokenService(key, { endpoint: iam.endpoint });
    const tokens = await Promise.all(Array.from({ length: 5 }, () => service.getToken()));
    expect(tokens).toEqual(Array(5).fill(tokens[0]));
    expect(tokens[0]).toMatch(/^t1\.iam-\d+$/);
    expect(iam.refusals).toEqual([]);
    expect(iam.exchanges).toHaveLength(1);
    const [{ header, payload }] = iam.exchanges as [{ header: Record<string, unknown>; payload: Record<string, number> }];
    expect(header).toEqual({ typ: 'JWT', alg: 'PS256', kid: key.id });
    expect(payload['exp']! - payload['iat']!).toBe(3600);
    expect(await service.getToken()).toBe(tokens[0]);
    expect(iam.exchanges).toHaveLength(1);
  });

  test("takes the official SDK's camelCase form of the key too", async () => {
    const service = new IamTokenService({ accessKeyId: key.id, serviceAccountId: key.service_account_id, privateKey: key.private_key }, { endpoint: iam.endpoint });
    await expect(service.getToken()).resolves.toMatch(/^t1\.iam-/);
    expect(iam.exchanges).toHaveLength(1);
  });

  test('refreshes a token once half its lifetime has passed, before it expires', async () => {
    iam.lifetimeMs = 1200;
    const service = new IamTokenService(key, { endpoint: iam.endpoint });
    const first = await service.getToken();
    expect(await service.getToken()).toBe(first);
    await sleep(700);
    const second = await service.getToken();
    expect(second).not.toBe(first);
    expect(iam.exchanges).toHaveLength(2);
  });

  test('keeps a still-valid token when a refresh fails, and fails once the token would expire', async () => {
    iam.lifetimeMs = 2000;
    const service = new IamTokenService(key, { endpoint: iam.endpoint, timeoutMs: 5000 });
    const first = await service.getToken();
    iam.failWith = 503;
    await sleep(1100);
    expect(await service.getToken()).toBe(first);
    await sleep(800);
    await expect(service.getToken()).rejects.toMatchObject({ name: 'ApiError', status: 503, method: 'yandex.cloud.iam.v1.IamTokenService.Create' });
  });

  test('a key that is not PKCS#8 PEM, or a key file missing fields, says what is wrong', async () => {
    await expect(new IamTokenService({ ...key, private_key: 'not a key' }, { endpoint: iam.endpoint }).getToken()).rejects.toThrow(/not a PKCS#8 PEM key/);
    expect(() => new IamTokenService({ id: key.id } as unknown as KeyFile)).toThrow(/needs id, service_account_id and private_key/);
  });
});

describe('a client with a token service', () => {
  const call = restCall();

  test('a 401 drops the cached token and retries once with a fresh one; a second 401 is the error', async () => {
    const rejected = new Set<string>();
    const seen: string[] = [];
    iam.api = (request, response) => {
      const token = (request.headers.authorization ?? '').replace('Bearer ', '');
      seen.push(token);
      if (rejected.has(token) || token === 'always-rejected') json(response, 401, { code: 16, message: `token ${token} is revoked` });
      else json(response, 200, { id: 'thing' });
    };
    const service = new IamTokenService(key, { endpoint: iam.endpoint });
    const http = new HttpTransport({ endpoint: iam.endpoint, token: service }, {});
    expect(await http.unary(call, { thingId: 'a' }, undefined)).toEqual({ id: 'thing' });
    rejected.add(seen[0] as string);
    expect(await http.unary(call, { thingId: 'b' }, undefined)).toEqual({ id: 'thing' });
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[0]);
    expect(iam.exchanges).toHaveLength(2);

    const stubborn = { getToken: async () => 'always-rejected', invalidate: () => undefined };
    const error = (await new HttpTransport({ endpoint: iam.endpoint, token: stubborn }, {}).unary(call, { thingId: 'c' }, undefined).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ name: 'ApiError', status: 401 });
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('always-rejected');
  });
});

describe('MetadataTokenService (inside a VM)', () => {
  test('asks the metadata service with Metadata-Flavor: Google and caches the token for its lifetime', async () => {
    const before = iam.metadataRequests;
    const service = new MetadataTokenService({ endpoint: iam.endpoint });
    const [first, second] = await Promise.all([service.getToken(), service.getToken()]);
    expect(first).toMatch(/^t1\.vm-\d+$/);
    expect(second).toBe(first);
    expect(await service.getToken()).toBe(first);
    expect(iam.metadataRequests - before).toBe(1);
  });
});

describe('YC_IAM_TOKEN', () => {
  test('is the token when none is given; null sends none', async () => {
    const saved = process.env['YC_IAM_TOKEN'];
    process.env['YC_IAM_TOKEN'] = 't1.from-env';
    try {
      expect(await resolveToken(undefined)).toBe('t1.from-env');
      expect(await resolveToken(null)).toBeUndefined();
      expect(await resolveToken('explicit')).toBe('explicit');
    } finally {
      if (saved === undefined) delete process.env['YC_IAM_TOKEN'];
      else process.env['YC_IAM_TOKEN'] = saved;
    }
  });
});
