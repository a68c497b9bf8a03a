/**
 * A client in a real browser: bundled with esbuild from the package generated from docs/,
 * loaded in headless Chromium (Debian's package, driven by puppeteer-core) from one local
 * origin, calling an API on another (both 127.0.0.1), so that CORS applies as it would for
 * users; it pages through a list. Without the CORS headers the README names, the call fails.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackage, consumerOf, removeTemporaryFolders } from '../helpers/generated-package.ts';
import { docsModel } from '../helpers/models.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** What the API answers a preflight with; a test takes parts away. */
const CORS = {
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
  'access-control-allow-headers': 'authorization, content-type, x-client-request-id',
  'access-control-expose-headers': 'x-request-id, retry-after',
};

let pageServer: Server;
let apiServer: Server;
let pageOrigin: string;
let apiEndpoint: string;
let browser: Browser;
let page: Page;
let userDataDir: string;
let corsHeaders: Record<string, string> = CORS;
const apiCalls: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];

const ENTRY = `
import { ApiError, NetworkError } from '@apiref/yandex-cloud';
import { ClusterServiceClient } from '@apiref/yandex-cloud/managed-redis';
globalThis.listBackupIds = async (endpoint, token) => {
  const client = new ClusterServiceClient({ endpoint, token, validate: true, retries: 0, timeoutMs: 10000 });
  const ids = [];
  try {
    for await (const backup of client.listBackupsAll({ clusterId: 'c/1', pageSize: 2 })) ids.push(backup.id);
    return { ids };
  } catch (error) {
    return { ids, error: error instanceof NetworkError ? 'NetworkError' : error instanceof ApiError ? 'ApiError' : String(error) };
  }
};
`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`);
  const built = await buildPackage(await docsModel());
  expect(built.diagnostics).toBe('');
  const consumer = consumerOf(built.dir);
  writeFileSync(join(consumer, 'entry.js'), ENTRY);
  const bundle = await build({ entryPoints: [join(consumer, 'entry.js')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, absWorkingDir: consumer });
  const script = bundle.outputFiles[0]?.text ?? '';
  pageServer = await listen((request, response) => {
    if (request.url === '/client.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>apiref</title><script type="module" src="/client.js"></script>');
  });
  apiServer = await listen(fakeApi);
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  apiEndpoint = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`;
  userDataDir = mkdtempSync(join(tmpdir(), 'apiref-chromium-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    // Root in a container needs --no-sandbox; the rest keeps Chromium off the (closed) network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  await page.goto(pageOrigin, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (globalThis as { listBackupIds?: unknown }).listBackupIds === 'function');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const server of [pageServer, apiServer]) {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  }
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  removeTemporaryFolders();
});

function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const backup = (id: string) => ({ id, folderId: 'f1', createdAt: '2024-05-14T10:21:33Z', sourceClusterId: 'c/1', startedAt: '2024-05-14T10:20:00Z', type: 'MANUAL' });

function fakeApi(request: IncomingMessage, response: ServerResponse): void {
  const allowOrigin = { 'access-control-allow-origin': pageOrigin };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...allowOrigin, ...corsHeaders, 'access-control-max-age': '0' }).end();
    return;
  }
  apiCalls.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
  const url = new URL(request.url ?? '/', apiEndpoint);
  const body = url.searchParams.get('pageToken') === 'p2' ? { backups: [backup('b3')] } : { backups: [backup('b1'), backup('b2')], nextPageToken: 'p2' };
  response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r1', ...allowOrigin, ...corsHeaders }).end(JSON.stringify(body));
}

type Listed = { ids: string[]; error?: string };
const listBackupIds = (token: string): Promise<Listed> =>
  page.evaluate((endpoint, value) => (globalThis as unknown as { listBackupIds(e: string, t: string): Promise<Listed> }).listBackupIds(endpoint, value), apiEndpoint, token);

describe('a bundled client in headless Chromium, cross-origin', () => {
  test('pages through a list with the CORS the README names; the browser keeps its own user-agent', async () => {
    corsHeaders = CORS;
    apiCalls.length = 0;
    expect(await listBackupIds('t1.browser-token')).toEqual({ ids: ['b1', 'b2', 'b3'] });
    expect(apiCalls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /managed-redis/v1/clusters/c%2F1/backups?pageSize=2',
      'GET /managed-redis/v1/clusters/c%2F1/backups?pageSize=2&pageToken=p2',
    ]);
    for (const call of apiCalls) {
      expect(call.headers.authorization).toBe('Bearer t1.browser-token');
      expect(call.headers['x-client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(call.headers['user-agent']).toMatch(/HeadlessChrome/);
      expect(call.headers.origin).toBe(pageOrigin);
    }
  });

  test('without x-client-request-id in Access-Control-Allow-Headers the browser refuses the call: a NetworkError', async () => {
    corsHeaders = { ...CORS, 'access-control-allow-headers': 'authorization, content-type' };
    apiCalls.length = 0;
    expect(await listBackupIds('t1.browser-token')).toEqual({ ids: [], error: 'NetworkError' });
    expect(apiCalls).toEqual([]);
  });
});
