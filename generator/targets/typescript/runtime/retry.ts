const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 10_000;
/** A server asking for a longer pause than this gets its error passed on instead of a retry. */
export const MAX_RETRY_AFTER_MS = 60_000;

const RETRIED_VERBS: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE']);

/** Only calls that may safely run twice are retried: POST and PATCH may have taken effect. */
export function isIdempotent(verb: string): boolean {
  return RETRIED_VERBS.has(verb);
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Exponential backoff with "equal jitter": half fixed, half random, so that clients spread out. */
export function backoffMs(attempt: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
