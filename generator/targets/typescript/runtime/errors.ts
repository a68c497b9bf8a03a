import type { Issue } from './validation.js';

/** Which call failed, where it went, and the id it carried: what a log line or a support ticket needs. */
export interface CallTrace {
  /** Full name of the called method, e.g. `yandex.cloud.mdb.redis.v1.ClusterService.ListBackups`. */
  readonly method: string;
  /** The host the request went to, e.g. `mdb.api.cloud.yandex.net`. */
  readonly host: string;
  /** The `x-client-request-id` the client sent with the call (the same on every retry). */
  readonly clientRequestId: string;
}

/** The server answered with a non-2xx status. `message` names the call and quotes the server's own message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status. */
  readonly status: number;
  /** The gRPC status code from the body (`google.rpc.Status.code`), where present. */
  readonly code: number | string | undefined;
  readonly details: unknown[] | undefined;
  readonly method: string;
  readonly host: string;
  readonly clientRequestId: string;
  /** `x-request-id` of the answer, to quote to support. */
  readonly requestId: string | undefined;

  constructor(init: {
    trace: CallTrace;
    status: number;
    code: number | string | undefined;
    message: string;
    details: unknown[] | undefined;
    requestId: string | undefined;
  }) {
    super(`${init.trace.method} on ${init.trace.host}: ${init.message} (HTTP ${init.status})`);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.method = init.trace.method;
    this.host = init.trace.host;
    this.clientRequestId = init.trace.clientRequestId;
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
  readonly method: string;

  constructor(method: string, timeoutMs: number) {
    super(`${method}: no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.method = method;
  }
}

/** The request never got an HTTP answer (DNS, connection reset, …), after all retries. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly method: string;
  readonly host: string;
  readonly clientRequestId: string;

  constructor(trace: CallTrace, cause: unknown) {
    super(`${trace.method} on ${trace.host}: network error: ${describeCause(cause)}`, { cause });
    this.method = trace.method;
    this.host = trace.host;
    this.clientRequestId = trace.clientRequestId;
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

function describeCause(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  // undici hides the reason in `cause` ("fetch failed" ← "connect ECONNREFUSED …").
  const inner = cause instanceof Error && cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${text}${inner}`;
}

const REDACTED = '[redacted]';
/** Server text is copied at most this deep when redacting; deeper parts are cut. */
const MAX_REDACT_DEPTH = 32;

/** Removes the caller's token from text that came back from the server, should it ever echo it. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join(REDACTED) : text;
}

/**
 * `redact` over everything a server's error body can hold (strings inside objects and arrays,
 * keys too), so that no field of an error (`details`, `code`, …) carries an echoed token.
 */
export function redactValue(value: unknown, secret: string | undefined, depth = 0): unknown {
  if (!secret) return value;
  if (typeof value === 'string') return redact(value, secret);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_REDACT_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secret, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, redact(key, secret), { value: redactValue(item, secret, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The issues with every message and path redacted, for a ValidationError on what the server sent. */
export function redactIssues(issues: readonly Issue[], secret: string | undefined): Issue[] {
  return issues.map((issue) => ({ ...issue, path: redact(issue.path, secret), message: redact(issue.message, secret) }));
}
