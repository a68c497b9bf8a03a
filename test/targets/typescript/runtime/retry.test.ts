import { describe, expect, test } from 'vitest';
import { backoffMs, isIdempotent, isRetryableStatus, retryAfterMs } from '../../../../generator/targets/typescript/runtime/retry.ts';

describe('retry policy', () => {
  test.each([
    ['GET', true],
    ['PUT', true],
    ['DELETE', true],
    ['POST', false],
    ['PATCH', false],
  ])('%s idempotent: %s', (verb, want) => expect(isIdempotent(verb)).toBe(want));

  test.each([
    [429, true],
    [500, true],
    [503, true],
    [404, false],
    [400, false],
  ])('status %i retried: %s', (status, want) => expect(isRetryableStatus(status)).toBe(want));

  test.each([
    ['3', 3000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    [null, undefined],
  ])('Retry-After %j → %j ms', (header, want) => {
    expect(retryAfterMs(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(want);
  });

  test('backoff grows, with jitter within [half, full] of the ceiling', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const ceiling = Math.min(10_000, 200 * 2 ** attempt);
      const delay = backoffMs(attempt);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
