import type { GrpcTransport } from './grpc.js';

export type TokenSource = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** Replaces the documented host, e.g. `http://127.0.0.1:8080` for a test server; a bare host gets `https://`. */
  endpoint?: string | undefined;
  /** IAM token (sent as `Authorization: Bearer …`), or a function that returns a fresh one; called before every attempt. */
  token?: TokenSource | undefined;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch | undefined;
  /** Deadline for a whole call, retries included. */
  timeoutMs?: number | undefined;
  /** How many times an idempotent call (GET, PUT, DELETE) is retried on 429, 5xx and network errors; default 2. */
  retries?: number | undefined;
  /** Check requests before sending and responses after receiving against what the docs state; default false. */
  validate?: boolean | undefined;
  /** Values for the `{{ api-host-* }}` placeholders, over the package defaults (`defaultHosts`). */
  hosts?: Readonly<Record<string, string>> | undefined;
  /** Extra headers sent with every HTTP request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Carries the methods that the docs describe only over gRPC; see `GrpcTransport`. */
  grpc?: GrpcTransport | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
}

export async function resolveToken(token: TokenSource | undefined): Promise<string | undefined> {
  const value = typeof token === 'function' ? await token() : token;
  return value === '' ? undefined : value;
}
