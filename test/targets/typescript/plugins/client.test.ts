/**
 * The clients of the package generated from docs/, imported by package name from a separate
 * folder and run against a local HTTP server: paging, encoding, auth, errors, timeouts,
 * retries and operations, all bounded so that a failure cannot hang the suite.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackage, consumerOf, importFrom, removeTemporaryFolders } from '../helpers/generated-package.ts';
import { docsModel } from '../helpers/models.ts';
import { cloudModel } from '../fixtures/cloud-model.ts';

afterAll(removeTemporaryFolders);

const TOKEN = 't1.secret-iam-token-value';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

type Handler = (request: Seen, response: ServerResponse) => void;

let server: Server;
let endpoint: string;
let seen: Seen[] = [];
let handler: Handler = (_request, response) => response.writeHead(500).end();

// The package's surface, typed loosely here: the test exercises it at run time.
type Client = Record<string, (...args: unknown[]) => Promise<unknown>> & { waitForOperation(operation: unknown, options?: unknown): Promise<unknown> };
type ClientClass = new (options: Record<string, unknown>) => Client;
let redis: Record<string, ClientClass>;
let mysql: Record<string, ClientClass>;
let root: Record<string, new (...args: never[]) => Error>;
let compute: Record<string, ClientClass>;

beforeAll(async () => {
  const built = await buildPackage(await docsModel());
  expect(built.diagnostics).toBe('');
  const consumer = consumerOf(built.dir);
  redis = await importFrom(consumer, '@apiref/yandex-cloud/managed-redis');
  mysql = await importFrom(consumer, '@apiref/yandex-cloud/managed-mysql');
  root = await importFrom(consumer, '@apiref/yandex-cloud');
  const fixture = await buildPackage(cloudModel);
  expect(fixture.diagnostics).toBe('');
  compute = await importFrom(consumerOf(fixture.dir), '@apiref/yandex-cloud/compute');
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const record = { method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body };
      seen.push(record);
      handler(record, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function serve(next: Handler): void {
  seen = [];
  handler = next;
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

const backup = (id: string) => ({ id, folderId: 'f1', createdAt: '2024-05-14T10:21:33Z', sourceClusterId: 'c/1', startedAt: '2024-05-14T10:20:00Z', type: 'MANUAL' });

function clusters(options: Record<string, unknown> = {}): Client {
  return new (redis.ClusterServiceClient as ClientClass)({ endpoint, token: TOKEN, validate: true, ...options });
}

describe('ClusterServiceClient against a local server', () => {
  test('listBackupsAll pages through every page, with the path encoded and the token on every call', async () => {
    serve((request, response) => {
      const url = new URL(request.url, endpoint);
      if (url.searchParams.get('pageToken') === 'page-2') json(response, 200, { backups: [backup('b3')] });
      else json(response, 200, { backups: [backup('b1'), backup('b2')], nextPageToken: 'page-2' });
    });
    const ids: string[] = [];
    for await (const item of clusters().listBackupsAll?.({ clusterId: 'c/1' }) as unknown as AsyncIterable<{ id: string }>) ids.push(item.id);
    expect(ids).toEqual(['b1', 'b2', 'b3']);
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /managed-redis/v1/clusters/c%2F1/backups',
      'GET /managed-redis/v1/clusters/c%2F1/backups?pageToken=page-2',
    ]);
    expect(seen.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  test('listBackups gets one page, sending pageSize in the query; a token function is called per request', async () => {
    serve((_request, response) => json(response, 200, { backups: [backup('b1')], nextPageToken: 'more' }));
    const page = (await clusters({ token: async () => 'fresh-token' }).listBackups?.({ clusterId: 'c1', pageSize: '1' })) as { nextPageToken: string };
    expect(page.nextPageToken).toBe('more');
    expect(seen.map((request) => [request.url, request.authorization])).toEqual([['/managed-redis/v1/clusters/c1/backups?pageSize=1', 'Bearer fresh-token']]);
  });

  test('a 404 throws ApiError with status, code and the server message, and never the token', async () => {
    serve((_request, response) => json(response, 404, { code: 5, message: 'Cluster "nope" not found', details: [] }, { 'x-request-id': 'req-1' }));
    const error = (await clusters().get?.({ clusterId: 'nope' }).then(() => undefined, (caught: unknown) => caught)) as Record<string, unknown> & Error;
    expect(error).toBeInstanceOf(root.ApiError);
    expect([error.status, error.code, error.requestId, error.method, error.host]).toEqual([404, 5, 'req-1', 'yandex.cloud.mdb.redis.v1.ClusterService.Get', new URL(endpoint).host]);
    expect(error.message).toBe(`yandex.cloud.mdb.redis.v1.ClusterService.Get on ${new URL(endpoint).host}: Cluster "nope" not found (HTTP 404)`);
    expect(`${String(error)} ${error.stack} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });

  test('a server that echoes the token gets it redacted', async () => {
    serve((request, response) => json(response, 401, { code: 16, message: `bad credentials: ${request.authorization}` }));
    const error = (await clusters().get?.({ clusterId: 'c1' }).catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain(': bad credentials: Bearer [redacted] (HTTP 401)');
    const fromFunction = (await clusters({ token: async () => 'fresh-secret-token' }).get?.({ clusterId: 'c1' }).catch((caught: unknown) => caught)) as Error;
    expect(fromFunction.message).toContain(': bad credentials: Bearer [redacted] (HTTP 401)');
  });

  test('timeoutMs stops a call that gets no answer', async () => {
    serve(() => undefined);
    const started = Date.now();
    const error = (await clusters({ retries: 0 }).get?.({ clusterId: 'slow' }, { timeoutMs: 150 }).catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(root.TimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('an AbortSignal stops a call', async () => {
    serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    await expect(clusters().get?.({ clusterId: 'slow' }, { signal: controller.signal })).rejects.toThrow('caller gave up');
  });

  test('retries a GET after one 503, honouring Retry-After', async () => {
    let calls = 0;
    serve((_request, response) => {
      calls++;
      if (calls === 1) json(response, 503, { message: 'try later' }, { 'retry-after': '0' });
      else json(response, 200, { id: 'c1', name: 'redis' });
    });
    expect(await clusters().get?.({ clusterId: 'c1' })).toMatchObject({ id: 'c1' });
    expect(seen).toHaveLength(2);
  });

  test('retries a GET after a dropped connection and after a 429', async () => {
    let calls = 0;
    serve((_request, response) => {
      calls++;
      if (calls === 1) response.socket?.destroy();
      else if (calls === 2) json(response, 429, { message: 'slow down' }, { 'retry-after': '0' });
      else json(response, 200, { id: 'c1' });
    });
    expect(await clusters().get?.({ clusterId: 'c1' })).toMatchObject({ id: 'c1' });
    expect(seen).toHaveLength(3);
  });

  test('gives up after the configured retries, with the last answer', async () => {
    serve((_request, response) => json(response, 502, { code: 14, message: 'bad gateway' }));
    await expect(clusters({ retries: 1 }).get?.({ clusterId: 'c1' })).rejects.toMatchObject({ name: 'ApiError', status: 502 });
    expect(seen).toHaveLength(2);
  });

  test('does not retry a POST', async () => {
    serve((_request, response) => json(response, 503, { code: 14, message: 'unavailable' }));
    const users = new (mysql.UserServiceClient as ClientClass)({ endpoint, token: TOKEN });
    const error = (await users.create?.({ clusterId: 'c1', userSpec: { name: 'u', password: 'p' } }).catch((caught: unknown) => caught)) as Record<string, unknown>;
    expect([error.status, error.code]).toEqual([503, 14]);
    expect(seen.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual(['POST /managed-mysql/v1/clusters/c1/users {"userSpec":{"name":"u","password":"p"}}']);
  });

  test('validation on: a bad request throws ValidationError before anything is sent', async () => {
    serve((_request, response) => json(response, 200, {}));
    const error = (await clusters().listBackups?.({ clusterId: 'c1', pageSize: '1001' }).catch((caught: unknown) => caught)) as { issues: unknown[] };
    expect(error).toBeInstanceOf(root.ValidationError);
    expect(error.issues).toEqual([{ path: 'pageSize', code: 'maximum', message: 'must be at most 1000' }]);
    expect(seen).toHaveLength(0);
  });

  test('validation on: a response enum value the docs do not list is accepted; in a request it is refused', async () => {
    serve((_request, response) => json(response, 200, { backups: [{ ...backup('b1'), type: 'INCREMENTAL' }] }));
    const page = (await clusters().listBackups?.({ clusterId: 'c1' })) as { backups: Array<{ type: string }> };
    expect(page.backups[0]?.type).toBe('INCREMENTAL');
    const disks = new (compute.DiskServiceClient as ClientClass)({ endpoint, token: TOKEN, validate: true });
    const stream = disks.watchEvents?.({ diskId: 'd1', selector: { status: 'MELTING' } }) as unknown as AsyncIterable<unknown>;
    const error = (await (async () => {
      for await (const event of stream) return event;
      return undefined;
    })().catch((caught: unknown) => caught)) as { name?: string; issues?: Array<{ path: string; code: string }> };
    expect([error.name, error.issues?.map((issue) => `${issue.path}:${issue.code}`)]).toEqual(['ValidationError', ['selector.status:enum']]);
  });

  test('int64 inputs: a number or a bigint goes out as a decimal string; a number beyond 2^53 is refused', async () => {
    serve((_request, response) => json(response, 200, { backups: [] }));
    await clusters().listBackups?.({ clusterId: 'c1', pageSize: 20 });
    await clusters().listBackups?.({ clusterId: 'c1', pageSize: 30n });
    expect(seen.map((request) => request.url)).toEqual(['/managed-redis/v1/clusters/c1/backups?pageSize=20', '/managed-redis/v1/clusters/c1/backups?pageSize=30']);
    const error = (await clusters().listBackups?.({ clusterId: 'c1', pageSize: 2 ** 60 }).catch((caught: unknown) => caught)) as { issues?: unknown[] };
    expect(error.issues).toEqual([{ path: 'pageSize', code: 'int64', message: expect.stringContaining('not a safe integer') }]);
  });

  test('validation on: a response that breaks the docs throws ValidationError', async () => {
    serve((_request, response) => json(response, 200, { backups: [{ ...backup('b1'), createdAt: 'yesterday' }] }));
    await expect(clusters().listBackups?.({ clusterId: 'c1' })).rejects.toMatchObject({ name: 'ValidationError', target: 'response' });
  });
});

describe('operations', () => {
  test('waitForOperation polls until done and resolves to the response', async () => {
    let polls = 0;
    serve((request, response) => {
      if (request.method === 'DELETE') json(response, 200, { id: 'op1', done: false, metadata: { backupId: 'b1' } });
      else json(response, 200, ++polls < 3 ? { id: 'op1', done: false } : { id: 'op1', done: true, response: { '@type': 'type.googleapis.com/google.protobuf.Empty' } });
    });
    const backups = new (redis.BackupServiceClient as ClientClass)({ endpoint, token: TOKEN });
    const operation = await backups.delete?.({ backupId: 'b1' });
    const result = await backups.waitForOperation(operation, { intervalMs: 5, timeoutMs: 5000 });
    expect(result).toEqual({ '@type': 'type.googleapis.com/google.protobuf.Empty' });
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'DELETE /managed-redis/v1/backups/b1',
      'GET /operations/op1',
      'GET /operations/op1',
      'GET /operations/op1',
    ]);
  });

  test('an operation that fails rejects with OperationError', async () => {
    serve((_request, response) => json(response, 200, { id: 'op2', done: true, error: { code: 9, message: 'cluster is busy' } }));
    const error = (await clusters().waitForOperation('op2', { intervalMs: 5 }).catch((caught: unknown) => caught)) as Record<string, unknown>;
    expect(error).toBeInstanceOf(root.OperationError);
    expect([error.message, error.code, error.operationId]).toEqual(['cluster is busy', 9, 'op2']);
  });
});

describe('methods documented only over gRPC', () => {
  test('go through the caller-supplied transport, with the token as metadata', async () => {
    const calls: unknown[] = [];
    const grpc = {
      async *serverStream(call: unknown, request: unknown, options: { metadata: Record<string, string> }) {
        calls.push([call, request, options.metadata]);
        yield { record: { message: { text: 'hello' } }, nextRecordToken: 'n' };
      },
      unary: async () => ({}),
    };
    const records: unknown[] = [];
    for await (const record of clusters({ grpc, validate: false }).streamLogs?.({ clusterId: 'c1' }) as unknown as AsyncIterable<unknown>) records.push(record);
    expect(records).toHaveLength(1);
    expect(calls).toEqual([
      [expect.objectContaining({ service: 'yandex.cloud.mdb.redis.v1.ClusterService', method: 'StreamLogs', path: '/yandex.cloud.mdb.redis.v1.ClusterService/StreamLogs' }), { clusterId: 'c1' }, { authorization: `Bearer ${TOKEN}` }],
    ]);
  });

  test('say plainly that a transport is needed when none is given', async () => {
    const backups = new (redis.BackupServiceClient as ClientClass)({ endpoint });
    await expect(backups.get?.({ backupId: 'b1' })).rejects.toThrow(/only over gRPC.*no gRPC wire codec/);
  });
});

describe('the gRPC HTTP mapping, end to end (hand-made compute model)', () => {
  const disks = () => new (compute.DiskServiceClient as ClientClass)({ endpoint, token: TOKEN, validate: true });

  test('nested and repeated query fields, and a server stream of newline-delimited JSON', async () => {
    serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"result":{"diskId":"d/1","status":"CREATING"}}\n{"result":');
      setTimeout(() => response.end('{"diskId":"d/1","status":"READY"}}\n'), 10);
    });
    const events: unknown[] = [];
    const stream = disks().watchEvents?.({ diskId: 'd/1', selector: { status: 'READY', ids: ['a', 'b c'] }, since: '2024-01-01T00:00:00Z' });
    for await (const event of stream as unknown as AsyncIterable<unknown>) events.push(event);
    expect(events).toEqual([{ diskId: 'd/1', status: 'CREATING' }, { diskId: 'd/1', status: 'READY' }]);
    expect(seen.map((request) => request.url)).toEqual([
      '/compute/v1/disks/d%2F1:watch?selector.status=READY&selector.ids=a&selector.ids=b%20c&since=2024-01-01T00%3A00%3A00Z',
    ]);
  });

  test('a body bound to one field sends that field alone', async () => {
    serve((_request, response) => json(response, 200, { disks: [] }));
    await disks().search?.({ query: { match: { field: 'size' } }, pageSize: '5' });
    expect(seen.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual(['POST /compute/v1/disks:search?pageSize=5 {"match":{"field":"size"}}']);
  });

  test('a body of "*" sends everything but the path parameters, as JSON', async () => {
    serve((_request, response) => json(response, 200, { id: 'op', done: false }));
    await disks().update?.({ diskId: 'd1', name: 'disk', labels: { env: 'prod' }, updateMask: 'name,labels' });
    expect(seen.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual(['PATCH /compute/v1/disks/d1 {"name":"disk","labels":{"env":"prod"},"updateMask":"name,labels"}']);
  });

  test('hosts resolve from the table: compute.{{ api-host }} becomes compute.<api-host>', async () => {
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      return new Response('{"disks":[]}', { status: 200 });
    };
    await new (compute.DiskServiceClient as ClientClass)({ fetch, hosts: { 'api-host': 'api.example.test' } }).list?.({ folderId: 'f' });
    await new (compute.DiskServiceClient as ClientClass)({ fetch }).list?.({ folderId: 'f' });
    expect(requested).toEqual(['https://compute.api.example.test/compute/v1/disks?folderId=f', 'https://compute.api.cloud.yandex.net/compute/v1/disks?folderId=f']);
  });
});
