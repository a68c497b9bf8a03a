import { TimeoutError } from './errors.js';

/** One AbortSignal for a whole call: the caller's signal, the timeout, or neither. */
export class Deadline {
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #onCallerAbort = (): void => this.#controller.abort(this.#caller?.reason);

  constructor(method: string, caller: AbortSignal | undefined, timeoutMs: number | undefined) {
    this.signal = this.#controller.signal;
    this.#caller = caller;
    if (caller?.aborted) this.#controller.abort(caller.reason);
    else caller?.addEventListener('abort', this.#onCallerAbort, { once: true });
    this.#timer =
      timeoutMs !== undefined && timeoutMs > 0 && timeoutMs < Infinity
        ? setTimeout(() => this.#controller.abort(new TimeoutError(method, timeoutMs)), timeoutMs)
        : undefined;
  }

  /** Throws why the call was stopped, if it was. */
  throwIfAborted(): void {
    if (this.signal.aborted) throw this.signal.reason;
  }

  /** From now on only the caller's signal stops the call (a stream whose answer has begun). */
  stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  dispose(): void {
    this.stopTimer();
    this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
