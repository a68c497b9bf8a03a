/**
 * IAM tokens the way the official Yandex Cloud SDK gets them, with nothing but `fetch` and
 * WebCrypto: from a service account's authorized key (a PS256 JWT exchanged at the IAM
 * endpoint) or from the metadata service of the VM the code runs on.
 */
import { HttpTransport } from './http.js';
import type { TokenService } from './options.js';
import type { RestCall } from './request.js';

/** The key file `yc iam key create --output key.json` writes (other fields are ignored). */
export interface AuthorizedKey {
  id: string;
  service_account_id: string;
  /** PKCS#8 PEM; the line the key file puts before it is skipped. */
  private_key: string;
}

/** The same key as the official SDK's `serviceAccountJson` takes it. */
export interface ServiceAccountCredentials {
  accessKeyId: string;
  serviceAccountId: string;
  privateKey: string;
}

interface TokenServiceOptions {
  /** Replaces the documented endpoint (a proxy, a test server). */
  endpoint?: string | undefined;
  fetch?: typeof fetch | undefined;
  /** Deadline of one token request, retries included; default 10000. */
  timeoutMs?: number | undefined;
}

export type IamTokenServiceOptions = TokenServiceOptions;
export type MetadataTokenServiceOptions = TokenServiceOptions;

/** The token a service holds, and when to get the next one. */
interface HeldToken {
  value: string;
  /** From then on a new token is fetched; the held one is still used if that fails. */
  refreshAt: number;
  /** From then on the held token is never used. */
  staleAt: number;
}

const IAM_ENDPOINT = 'https://iam.api.cloud.yandex.net';
/** The JWT's audience is this URL whatever endpoint the exchange goes to. */
const IAM_AUDIENCE = 'https://iam.api.cloud.yandex.net/iam/v1/tokens';
const METADATA_ENDPOINT = 'http://169.254.169.254';
const TOKEN_REQUEST_TIMEOUT_MS = 10_000;
/** A JWT may live an hour at most; the exchange happens right after signing. */
const JWT_LIFETIME_S = 3600;
const HOUR_MS = 3_600_000;
/** After a failed refresh, callers keep the held token this long before the next try. */
const REFRESH_RETRY_MS = 10_000;
const NO_SDK_HOSTS = {};

const CREATE_IAM_TOKEN: RestCall = {
  method: 'yandex.cloud.iam.v1.IamTokenService.Create',
  verb: 'POST',
  host: 'iam.api.cloud.yandex.net',
  path: ['/iam/v1/tokens'],
  pathParams: [],
  body: '*',
  validateRequest: null,
  validateResponse: null,
  retryable: true,
};

const GET_METADATA_TOKEN: RestCall = {
  method: 'compute.metadata.ServiceAccountToken',
  verb: 'GET',
  host: '169.254.169.254',
  path: ['/computeMetadata/v1/instance/service-accounts/default/token'],
  pathParams: [],
  body: null,
  validateRequest: null,
  validateResponse: null,
};

/**
 * Caches a token, refreshes it before it expires (after half its lifetime, at most an hour),
 * shares one request among concurrent callers, and drops a token the API rejected.
 */
abstract class CachingTokenService implements TokenService {
  #held: HeldToken | undefined;
  #pending: Promise<string> | undefined;

  async getToken(): Promise<string> {
    const now = Date.now();
    const held = this.#held;
    if (held && now < held.refreshAt) return held.value;
    const next = this.#refresh();
    if (!held || now >= held.staleAt) return next;
    // Still valid: a failed refresh keeps it in use until it goes stale, and is tried again later.
    return next.catch(() => {
      held.refreshAt = Math.min(held.staleAt, Date.now() + REFRESH_RETRY_MS);
      return held.value;
    });
  }

  invalidate(rejectedToken: string): void {
    if (this.#held?.value === rejectedToken) this.#held = undefined;
  }

  /** Fetches a token and how many milliseconds it lives. */
  protected abstract fetchToken(): Promise<{ value: string; lifetimeMs: number }>;

  #refresh(): Promise<string> {
    this.#pending ??= this.fetchToken()
      .then(({ value, lifetimeMs }) => {
        const receivedAt = Date.now();
        this.#held = {
          value,
          refreshAt: receivedAt + Math.min(lifetimeMs / 2, HOUR_MS),
          staleAt: receivedAt + lifetimeMs - Math.min(lifetimeMs / 10, 5 * 60_000),
        };
        return value;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}

/**
 * IAM tokens for a service account, from its authorized key: a JWT signed with the key
 * (PS256), exchanged at `iam.api.cloud.yandex.net/iam/v1/tokens`.
 *
 * ```ts
 * const token = new IamTokenService(JSON.parse(await readFile('key.json', 'utf8')));
 * const client = new ClusterServiceClient({ token });
 * ```
 */
export class IamTokenService extends CachingTokenService {
  readonly #keyId: string;
  readonly #serviceAccountId: string;
  readonly #privateKey: string;
  readonly #http: HttpTransport;
  #signingKey: Promise<CryptoKey> | undefined;

  constructor(key: AuthorizedKey | ServiceAccountCredentials, options: IamTokenServiceOptions = {}) {
    super();
    const fields = 'accessKeyId' in key ? [key.accessKeyId, key.serviceAccountId, key.privateKey] : [key.id, key.service_account_id, key.private_key];
    if (!fields.every((field) => typeof field === 'string' && field !== '')) {
      throw new TypeError('IamTokenService: the key needs id, service_account_id and private_key (as in the key file) or accessKeyId, serviceAccountId and privateKey');
    }
    [this.#keyId, this.#serviceAccountId, this.#privateKey] = fields as [string, string, string];
    this.#http = tokenTransport(options, options.endpoint ?? IAM_ENDPOINT, {});
  }

  protected async fetchToken(): Promise<{ value: string; lifetimeMs: number }> {
    const jwt = await this.#jwt();
    const answer = (await this.#http.unary(CREATE_IAM_TOKEN, { jwt }, undefined)) as { iamToken?: unknown; expiresAt?: unknown };
    if (typeof answer.iamToken !== 'string' || answer.iamToken === '') throw new Error(`${CREATE_IAM_TOKEN.method}: the answer holds no iamToken`);
    const expiresAt = typeof answer.expiresAt === 'string' ? Date.parse(answer.expiresAt) : Number.NaN;
    // A clock far off the server's would make the token look expired: assume an hour then.
    const lifetimeMs = Number.isFinite(expiresAt) && expiresAt > Date.now() ? expiresAt - Date.now() : HOUR_MS;
    return { value: answer.iamToken, lifetimeMs };
  }

  async #jwt(): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'PS256', kid: this.#keyId };
    const payload = { iss: this.#serviceAccountId, aud: IAM_AUDIENCE, iat: now, exp: now + JWT_LIFETIME_S };
    const signed = `${base64Url(utf8(JSON.stringify(header)))}.${base64Url(utf8(JSON.stringify(payload)))}`;
    this.#signingKey ??= importSigningKey(this.#privateKey);
    const signature = await subtleCrypto().sign({ name: 'RSA-PSS', saltLength: 32 }, await this.#signingKey, utf8(signed));
    return `${signed}.${base64Url(new Uint8Array(signature))}`;
  }
}

/**
 * IAM tokens of the service account attached to the VM (or serverless function) the code runs
 * on, from the metadata service at 169.254.169.254 (`Metadata-Flavor: Google`).
 */
export class MetadataTokenService extends CachingTokenService {
  readonly #http: HttpTransport;

  constructor(options: MetadataTokenServiceOptions = {}) {
    super();
    this.#http = tokenTransport(options, options.endpoint ?? METADATA_ENDPOINT, { 'metadata-flavor': 'Google' });
  }

  protected async fetchToken(): Promise<{ value: string; lifetimeMs: number }> {
    const answer = (await this.#http.unary(GET_METADATA_TOKEN, {}, undefined)) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string' || answer.access_token === '') throw new Error(`${GET_METADATA_TOKEN.method}: the answer holds no access_token`);
    const seconds = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 3600;
    return { value: answer.access_token, lifetimeMs: seconds * 1000 };
  }
}

function tokenTransport(options: TokenServiceOptions, endpoint: string, headers: Record<string, string>): HttpTransport {
  return new HttpTransport(
    { endpoint, fetch: options.fetch, timeoutMs: options.timeoutMs ?? TOKEN_REQUEST_TIMEOUT_MS, token: null, headers },
    NO_SDK_HOSTS,
  );
}

function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (!subtle) throw new Error('IamTokenService needs WebCrypto (globalThis.crypto.subtle): Node 20+, a browser, Deno, Bun or a worker');
  return subtle;
}

const PEM_BODY = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/;

function importSigningKey(pem: string): Promise<CryptoKey> {
  const body = PEM_BODY.exec(pem)?.[1];
  if (body === undefined) {
    return Promise.reject(new TypeError('IamTokenService: private_key is not a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----)'));
  }
  const der = Uint8Array.from(atob(body.replace(/\s+/g, '')), (char) => char.charCodeAt(0));
  return subtleCrypto().importKey('pkcs8', der, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
