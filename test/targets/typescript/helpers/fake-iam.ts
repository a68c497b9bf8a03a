/**
 * A local stand-in for the IAM token endpoint and the VM metadata service, on 127.0.0.1: it
 * checks a JWT the way IAM does (PS256 signature against the key's public half, kid, iss,
 * aud, lifetime) and hands out numbered tokens, so that tests can count the exchanges.
 */
import { constants, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const IAM_AUDIENCE = 'https://iam.api.cloud.yandex.net/iam/v1/tokens';

/** A key file as `yc iam key create --output key.json` writes it, with a real RSA key made here. */
export interface KeyFile {
  id: string;
  service_account_id: string;
  created_at: string;
  key_algorithm: string;
  public_key: string;
  private_key: string;
}

export function makeKeyFile(id = 'ajekeyid0000000000', serviceAccountId = 'ajesa00000000000000'): KeyFile {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    id,
    service_account_id: serviceAccountId,
    created_at: '2024-01-31T12:00:00Z',
    key_algorithm: 'RSA_2048',
    public_key: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    private_key: `PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <${id}>\n${privateKey.export({ type: 'pkcs8', format: 'pem' }) as string}`,
  };
}

export interface FakeIam {
  readonly endpoint: string;
  /** Every JWT the exchange accepted, decoded. */
  readonly exchanges: Array<{ header: Record<string, unknown>; payload: Record<string, unknown> }>;
  /** Reasons the exchange refused a JWT. */
  readonly refusals: string[];
  readonly metadataRequests: number;
  /** How long the next tokens live. */
  lifetimeMs: number;
  /** While set, the exchange answers with this status instead of a token. */
  failWith: number | undefined;
  /** Other paths: the API the tokens are for. */
  api: (request: IncomingMessage, response: ServerResponse) => void;
  close(): Promise<void>;
}

export async function startFakeIam(key: KeyFile): Promise<FakeIam> {
  const publicKey = createPublicKey(key.public_key);
  let issued = 0;
  const state: Omit<FakeIam, 'endpoint' | 'close'> & { metadataRequests: number } = {
    exchanges: [],
    refusals: [],
    metadataRequests: 0,
    lifetimeMs: 12 * 3_600_000,
    failWith: undefined,
    api: (_request, response) => json(response, 404, { code: 5, message: 'no such path' }),
  };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (request.method === 'POST' && path === '/iam/v1/tokens') {
        if (state.failWith !== undefined) return json(response, state.failWith, { code: 14, message: 'iam is down' });
        const refusal = checkJwt(body, key, publicKey);
        if (typeof refusal === 'string') {
          state.refusals.push(refusal);
          return json(response, 401, { code: 16, message: refusal });
        }
        state.exchanges.push(refusal);
        return json(response, 200, { iamToken: `t1.iam-${++issued}`, expiresAt: new Date(Date.now() + state.lifetimeMs).toISOString() });
      }
      if (request.method === 'GET' && path === '/computeMetadata/v1/instance/service-accounts/default/token') {
        state.metadataRequests++;
        if (request.headers['metadata-flavor'] !== 'Google') return json(response, 403, { message: 'Metadata-Flavor: Google is required' });
        return json(response, 200, { access_token: `t1.vm-${++issued}`, expires_in: Math.round(state.lifetimeMs / 1000), token_type: 'Bearer' });
      }
      state.api(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    endpoint,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}

export function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The decoded JWT if IAM would take it, else why not. */
function checkJwt(body: string, key: KeyFile, publicKey: KeyObject): { header: Record<string, unknown>; payload: Record<string, unknown> } | string {
  let jwt: unknown;
  try {
    jwt = (JSON.parse(body) as { jwt?: unknown }).jwt;
  } catch {
    return 'the body is not JSON';
  }
  if (typeof jwt !== 'string') return 'no jwt';
  const [headerPart = '', payloadPart = '', signaturePart = ''] = jwt.split('.');
  const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString()) as Record<string, unknown>;
  const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString()) as Record<string, unknown>;
  const signed = verify(
    'sha256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!signed) return 'bad signature';
  if (header['alg'] !== 'PS256' || header['kid'] !== key.id) return `bad header ${JSON.stringify(header)}`;
  const now = Date.now() / 1000;
  const { iss, aud, iat, exp } = payload as { iss?: unknown; aud?: unknown; iat?: number; exp?: number };
  if (iss !== key.service_account_id || aud !== IAM_AUDIENCE) return `bad claims ${JSON.stringify(payload)}`;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > 3600 || exp < now || iat > now + 60) return 'bad lifetime';
  return { header, payload };
}
