/**
 * The transport against a local server (127.0.0.1): what it sends to trace a call, what its
 * errors hold (never the token, whatever the server echoes), and the bounds that keep a
 * hostile or stalled server from hanging a call or filling memory.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEFAULT_TIMEOUT_MS, HttpTransport, MAX_ERROR_BODY_BYTES } from '../../../../generator/targets/typescript/runtime/http.ts';
import type { ClientOptions } from '../../../../generator/targets/typescript/runtime/options.ts';
import type { RestCall } from '../../../../generator/targets/typescript/runtime/request.ts';
import { restCall } from '../helpers/rest-call.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let endpoint: string;
let handler: Handler = (_request, response) => response.writeHead(500).end();
const headersSeen: IncomingMessage['headers'][] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    headersSeen.push(request.headers);
    request.resume();
    request.on('end', () => handler(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const GET = restCall();

function transport(options: ClientOptions = {}): HttpTransport {
  return new HttpTransport({ endpoint, retries: 0, ...options }, {}, { userAgent: '@acme/cloud/1.2.3' });
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}): void {
  handler = (_request, response) => response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return (await promise.then(() => new Error('no error'), (caught: unknown) => caught)) as Error & Record<string, unknown>;
}

describe('tracing', () => {
  test('every call carries a user-agent naming the package and a fresh x-client-request-id, kept across retries', async () => {
    let calls = 0;
    handler = (_request, response) => {
      calls++;
      response.writeHead(calls === 1 ? 503 : 200, { 'content-type': 'application/json', 'retry-after': '0' }).end('{}');
    };
    headersSeen.length = 0;
    await transport({ retries: 1 }).unary(GET, { thingId: 'a' }, undefined);
    await transport().unary(GET, { thingId: 'b' }, undefined);
    const ids = headersSeen.map((headers) => headers['x-client-request-id']);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(headersSeen[0]?.['user-agent']).toBe(`@acme/cloud/1.2.3 node/${process.versions.node}`);
  });

  test('a header the caller sets wins over the package default', async () => {
    answer(200, {});
    headersSeen.length = 0;
    await transport({ headers: { 'user-agent': 'my-app/2' } }).unary(GET, { thingId: 'a' }, undefined);
    expect(headersSeen[0]?.['user-agent']).toBe('my-app/2');
  });

  test('ApiError and NetworkError name the method, the host and the request ids', async () => {
    answer(404, { code: 5, message: 'thing not found' }, { 'x-request-id': 'srv-1' });
    const api = await failure(transport().unary(GET, { thingId: 'x' }, undefined));
    const host = new URL(endpoint).host;
    expect(api).toMatchObject({ name: 'ApiError', method: GET.method, host, requestId: 'srv-1', code: 5, status: 404 });
    expect(api.message).toBe(`${GET.method} on ${host}: thing not found (HTTP 404)`);
    expect(api['clientRequestId']).toBe(headersSeen.at(-1)?.['x-client-request-id']);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = await failure(new HttpTransport({ endpoint: `http://127.0.0.1:${port}`, retries: 0 }, {}).unary(GET, { thingId: 'x' }, undefined));
    expect(down).toMatchObject({ name: 'NetworkError', method: GET.method, host: `127.0.0.1:${port}` });
    expect(down.message).toMatch(new RegExp(`^test\\.v1\\.ThingService\\.Get on 127\\.0\\.0\\.1:${port}: network error: fetch failed: .*ECONNREFUSED`));
  });
});

describe('the token never leaks through an error', () => {
  const INFO = 'type.googleapis.com/google.rpc.ErrorInfo';

  test.each([
    ['a long token', 't1.9euelZqXyc2Tk4yKkJqNlI2Ump6Rle3rnpWaz5qSlpSbk8uXzJSRnZSelo'],
    ['a token of 3 characters', 'abc'],
    ['a token of 1 character', 'x'],
  ])('%s echoed in message, code, details and x-request-id', async (_name, token) => {
    handler = (request, response) => {
      const echoed = request.headers.authorization ?? '';
      response
        .writeHead(403, { 'content-type': 'application/json', 'x-request-id': `req ${echoed}` })
        .end(JSON.stringify({ code: `DENIED ${echoed}`, message: `denied for ${echoed}`, details: [{ '@type': INFO, reason: echoed, nested: [{ [echoed]: echoed }] }] }));
    };
    const error = await failure(transport({ token }).unary(GET, { thingId: 'a' }, undefined));
    const everything = [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 10 }), String(error['requestId'])].join('\n');
    expect(everything).not.toContain(`Bearer ${token}`);
    expect(everything.split('[redacted]').join('')).not.toContain(token.length > 3 ? token : `Bearer ${token}`);
    expect(error['details']).toEqual([{ '@type': INFO, reason: 'Bearer [redacted]', nested: [{ 'Bearer [redacted]': 'Bearer [redacted]' }] }]);
  });

  test('a response that fails validation on an echoed value names the issue without the token', async () => {
    const token = 't1.secret-echoed-in-a-response';
    handler = (request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ state: request.headers.authorization }));
    const validateResponse = (value: unknown) => ({
      ok: false as const,
      issues: [{ path: 'state', code: 'type' as const, message: `expected a number, got ${JSON.stringify((value as { state: string }).state)}` }],
    });
    const error = await failure(transport({ token, validate: true }).unary({ ...GET, validateResponse }, { thingId: 'a' }, undefined));
    expect(error.name).toBe('ValidationError');
    expect(`${error.message}\n${error.stack}\n${JSON.stringify(error)}\n${inspect(error)}`).not.toContain(token);
    expect(error.message).toContain('got "Bearer [redacted]"');
  });
});

describe('bounds', () => {
  test(`an error body is read up to ${MAX_ERROR_BODY_BYTES} bytes, the rest never downloaded`, async () => {
    let written = 0;
    let closed = false;
    handler = (_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = (): void => {
        // 1 GiB if the client read it all; it stops reading after the cap.
        while (!closed && written < 1024 ** 3 && response.write(chunk)) written += chunk.length;
        if (!closed && written < 1024 ** 3) response.once('drain', pump);
        else response.end();
      };
      response.on('close', () => (closed = true));
      pump();
    };
    const error = await failure(transport().unary(GET, { thingId: 'a' }, undefined));
    expect(error.name).toBe('ApiError');
    expect(error.message.length).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  test('a body that stalls ends with a TimeoutError after the default deadline, with no timeoutMs set', async () => {
    let started!: () => void;
    const requested = new Promise<void>((resolve) => (started = resolve));
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":');
      started();
    };
    // Only the deadline's timers are faked; the socket and the server stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const pending = failure(transport().unary(GET, { thingId: 'a' }, undefined));
      await requested;
      await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
      let settled = false;
      void pending.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      expect(await pending).toMatchObject({ name: 'TimeoutError', timeoutMs: DEFAULT_TIMEOUT_MS });
    } finally {
      vi.useRealTimers();
    }
  });

  test("path values '.' and '..' are refused before anything is sent, whatever a URL parser would make of them", async () => {
    answer(200, {});
    headersSeen.length = 0;
    for (const thingId of ['.', '..']) {
      const error = await failure(transport().unary(GET, { thingId }, undefined));
      expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: 'thingId', code: 'invalid' }] });
    }
    expect(headersSeen).toHaveLength(0);
    expect(new URL(`${endpoint}/things/%2E%2E`).pathname).toBe('/');
  });
});

describe('int64 inputs', () => {
  const LIST: RestCall = { ...GET, path: ['/things'], pathParams: [], int64: { pageSize: 'int64', filter: { message: () => ({ minSize: 'int64' }) } } };

  test('numbers and bigints are sent as decimal strings; unsafe numbers are refused', async () => {
    const urls: string[] = [];
    handler = (request, response) => {
      urls.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    };
    await transport().unary(LIST, { pageSize: 100, filter: { minSize: 2n ** 63n - 1n } }, undefined);
    expect(urls).toEqual(['/things?pageSize=100&filter.minSize=9223372036854775807']);
    const error = await failure(transport().unary(LIST, { pageSize: 2 ** 53 }, undefined));
    expect(error).toMatchObject({ name: 'ValidationError', issues: [{ path: 'pageSize', code: 'int64' }] });
  });
});
