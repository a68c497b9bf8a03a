import { Deadline, sleep } from './deadline.js';
import { OperationError } from './errors.js';
import type { HttpTransport } from './http.js';
import type { RequestOptions } from './options.js';
import type { RestCall } from './request.js';

/** Carries an operation's documented response type in its TypeScript type; never present at run time. */
declare const operationResponse: unique symbol;

/**
 * The fields of `yandex.cloud.operation.Operation` that waiting needs. Every Operation a
 * method returns is one; `Response` is what `waitForOperation` resolves to.
 */
export interface OperationLike<Response = unknown> {
  id?: string | undefined;
  done?: boolean | undefined;
  error?: { code?: number | undefined; message?: string | undefined; details?: unknown[] | undefined } | undefined;
  response?: unknown;
  readonly [operationResponse]?: Response;
}

/** A `google.protobuf.Any` in JSON holding a `T`: its fields, and `@type` naming it. */
export type AnyOf<T> = T & { '@type'?: string };

/**
 * An Operation whose docs name its response and metadata types: `response` and `metadata`
 * are typed, and `waitForOperation` resolves to the response without a type argument.
 */
export type TypedOperation<Operation, Response, Metadata = unknown> = Operation &
  (unknown extends Metadata ? unknown : { metadata?: AnyOf<Metadata> }) & {
    response?: AnyOf<Response>;
    readonly [operationResponse]?: AnyOf<Response>;
  };

export interface WaitOptions {
  signal?: AbortSignal | undefined;
  /** Gives up (with a TimeoutError) after this long; default: wait as long as it takes. */
  timeoutMs?: number | undefined;
  /** First pause between polls; default 1000. Pauses grow by half each poll. */
  intervalMs?: number | undefined;
  /** Longest pause between polls; default 10000. */
  maxIntervalMs?: number | undefined;
}

/** The operation service that answers for every product's operations. */
const GET_OPERATION: RestCall = {
  method: 'yandex.cloud.operation.OperationService.Get',
  verb: 'GET',
  host: '{{ api-host-operation }}',
  path: ['/operations/', ''],
  pathParams: ['operationId'],
  body: null,
  validateRequest: null,
  validateResponse: null,
};

interface PolledOperation {
  id?: unknown;
  done?: unknown;
  error?: { code?: unknown; message?: unknown; details?: unknown } | undefined;
  response?: unknown;
}

export async function waitForOperation<T>(http: HttpTransport, operation: OperationLike | string, options: WaitOptions = {}): Promise<T> {
  let current: PolledOperation = typeof operation === 'string' ? { id: operation } : operation;
  const id = current.id;
  if (typeof id !== 'string' || id === '') throw new TypeError('waitForOperation: the operation has no id to poll');
  const deadline = new Deadline(GET_OPERATION.method, options.signal, options.timeoutMs);
  const poll: RequestOptions = { signal: deadline.signal };
  let pause = options.intervalMs ?? 1000;
  const maxPause = options.maxIntervalMs ?? 10_000;
  // Given only an id, nothing is known yet: ask at once instead of pausing first.
  let known = typeof operation !== 'string';
  try {
    while (!known || current.done !== true) {
      if (known) {
        await sleep(pause * (0.8 + Math.random() * 0.4), deadline.signal);
        pause = Math.min(maxPause, pause * 1.5);
      }
      current = (await http.unary(GET_OPERATION, { operationId: id }, poll)) as PolledOperation;
      known = true;
    }
  } catch (error) {
    deadline.throwIfAborted();
    throw error;
  } finally {
    deadline.dispose();
  }
  if (current.error !== undefined) throw new OperationError(id, http.redact(current.error));
  return current.response as T;
}
