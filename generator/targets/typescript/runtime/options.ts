import type { GrpcTransport } from './grpc.js';

/**
 * Where IAM tokens come from, as the official SDK's token services do it: `getToken()` per
 * request (cached by the service), and `invalidate(token)` when the API answered 401 to it,
 * so that the next `getToken()` fetches a new one. See `IamTokenService`, `MetadataTokenService`.
 */
export interface TokenService {
  getToken(): Promise<string>;
  invalidate?(rejectedToken: string): void;
}

export type TokenSource = string | (() => string | Promise<string>) | TokenService;

export interface ClientOptions {
  /** Replaces the documented host, e.g. `http://127.0.0.1:8080` for a test server; a bare host gets `https://`. */
  endpoint?: string | undefined;
  /**
   * IAM token (sent as `Authorization: Bearer …`): a string, a function returning a fresh one
   * (called before every attempt), or a `TokenService` (`IamTokenService` for a service
   * account's authorized key, `MetadataTokenService` inside a VM). Left out, the client takes
   * `YC_IAM_TOKEN` from the environment where the runtime has one; `null` sends no token at all.
   */
  token?: TokenSource | null | undefined;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch | undefined;
  /** Deadline for a whole call, retries included; default 60000 (a stream's body is not timed). `0` turns it off. */
  timeoutMs?: number | undefined;
  /** How many times an idempotent call (GET, PUT, DELETE) is retried on 429, 5xx and network errors; default 2. */
  retries?: number | undefined;
  /** Check requests before sending and responses after receiving against what the docs state; default false. */
  validate?: boolean | undefined;
  /** Values for the `{{ api-host-* }}` placeholders, over the package defaults (`defaultHosts`). */
  hosts?: Readonly<Record<string, string>> | undefined;
  /** Extra headers sent with every HTTP request (they win over the package's own, `user-agent` included). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Carries the methods that the docs describe only over gRPC; see `GrpcTransport`. */
  grpc?: GrpcTransport | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
}

export function isTokenService(token: TokenSource | null | undefined): token is TokenService {
  return typeof token === 'object' && token !== null && typeof token.getToken === 'function';
}

export async function resolveToken(token: TokenSource | null | undefined): Promise<string | undefined> {
  let value: string | undefined;
  if (token === undefined) value = environmentToken();
  else if (token === null) value = undefined;
  else if (isTokenService(token)) value = await token.getToken();
  else value = typeof token === 'function' ? await token() : token;
  return value === '' ? undefined : value;
}

interface RuntimeGlobals {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get(name: string): string | undefined } };
}

/** `YC_IAM_TOKEN` (as the yc CLI names it) where the runtime has an environment: Node, Bun, Deno. */
function environmentToken(): string | undefined {
  const runtime = globalThis as unknown as RuntimeGlobals;
  try {
    return runtime.process?.env?.['YC_IAM_TOKEN'] ?? runtime.Deno?.env?.get('YC_IAM_TOKEN');
  } catch {
    // Deno without --allow-env throws: no environment, no token.
    return undefined;
  }
}
