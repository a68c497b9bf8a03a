import { Deadline, sleep } from './deadline.js';
import { OperationError } from './errors.js';
import type { HttpTransport } from './http.js';
import type { RequestOptions } from './options.js';
import type { RestCall } from './request.js';

/** The fields of `yandex.cloud.operation.Operation` that waiting needs. */
export interface OperationLike {
  id: string;
  done?: boolean | undefined;
  error?: { code?: number | undefined; message?: string | undefined; details?: unknown[] | undefined } | undefined;
  response?: unknown;
}

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

export async function waitForOperation<T>(http: HttpTransport, operation: OperationLike | string, options: WaitOptions = {}): Promise<T> {
  let current: OperationLike = typeof operation === 'string' ? { id: operation } : operation;
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
      current = (await http.unary(GET_OPERATION, { operationId: current.id }, poll)) as OperationLike;
      known = true;
    }
  } catch (error) {
    deadline.throwIfAborted();
    throw error;
  } finally {
    deadline.dispose();
  }
  if (current.error !== undefined) throw new OperationError(current.id, current.error);
  return current.response as T;
}
