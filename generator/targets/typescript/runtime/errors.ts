import type { Issue } from './validation.js';

/** The server answered with a non-2xx status. `message` is the server's own message where it gave one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status. */
  readonly status: number;
  /** The gRPC status code from the body (`google.rpc.Status.code`), where present. */
  readonly code: number | string | undefined;
  readonly details: unknown[] | undefined;
  /** Full name of the called method, e.g. `yandex.cloud.mdb.redis.v1.ClusterService.ListBackups`. */
  readonly method: string;
  /** `x-request-id` of the answer, to quote to support. */
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: number | string | undefined;
    message: string;
    details: unknown[] | undefined;
    method: string;
    requestId: string | undefined;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.method = init.method;
    this.requestId = init.requestId;
  }
}

/** A request (before sending) or a response (after receiving) does not match what the docs state. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: Issue[];
  /** Which side failed. */
  readonly target: 'request' | 'response';
  readonly method: string;

  constructor(method: string, target: 'request' | 'response', issues: Issue[]) {
    const first = issues[0];
    const where = first ? `${first.path === '' ? '(root)' : first.path}: ${first.message}` : 'invalid';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${method}: invalid ${target}: ${where}${more}`);
    this.issues = issues;
    this.target = target;
    this.method = method;
  }
}

/** The call did not finish within `timeoutMs` (retries included). */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(method: string, timeoutMs: number) {
    super(`${method}: no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The request never got an HTTP answer (DNS, connection reset, …), after all retries. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly method: string;

  constructor(method: string, cause: unknown) {
    super(`${method}: network error: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.method = method;
  }
}

/** An Operation finished with an error (`google.rpc.Status`). */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  readonly operationId: string;
  readonly code: number | string | undefined;
  readonly details: unknown[] | undefined;

  constructor(operationId: string, status: { code?: unknown; message?: unknown; details?: unknown }) {
    super(typeof status.message === 'string' && status.message !== '' ? status.message : `operation ${operationId} failed`);
    this.operationId = operationId;
    this.code = typeof status.code === 'number' || typeof status.code === 'string' ? status.code : undefined;
    this.details = Array.isArray(status.details) ? status.details : undefined;
  }
}

/** Removes the caller's token from text that came back from the server, should it ever echo it. */
export function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('[redacted]') : text;
}
