import { describe, expect, it } from 'vitest';
import { type AttemptFailure, isTransient, parseRetryAfter, retryDelayMs } from '../../src/kchat/retry-policy.ts';

const http = (status: number, extra: Partial<{ retryAfter: string; rateLimitReset: string }> = {}): AttemptFailure => ({
  kind: 'http',
  status,
  body: '',
  retryAfter: extra.retryAfter,
  rateLimitReset: extra.rateLimitReset,
});

describe('isTransient', () => {
  it.each([408, 429, 502, 503, 504])('retries HTTP %i', (status) => expect(isTransient(http(status))).toBe(true));
  it.each([400, 401, 403, 404, 405, 413, 414, 500, 501])('does not retry HTTP %i', (status) => expect(isTransient(http(status))).toBe(false));
  it('retries timeouts and network errors', () => {
    expect(isTransient({ kind: 'timeout' })).toBe(true);
    expect(isTransient({ kind: 'network', message: 'ECONNRESET', permanent: false })).toBe(true);
    expect(isTransient({ kind: 'network', message: 'CERT_HAS_EXPIRED', permanent: true })).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially, between half and all of 1 s, 2 s, 4 s ... capped at 30 s', () => {
    const low = [1, 2, 3, 4, 10].map((n) => retryDelayMs({ kind: 'timeout' }, n, () => 0, 0));
    const high = [1, 2, 3, 4, 10].map((n) => retryDelayMs({ kind: 'timeout' }, n, () => 1, 0));
    expect(low).toEqual([500, 1000, 2000, 4000, 15_000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 30_000]);
  });

  it('honours Retry-After in seconds or as an HTTP date', () => {
    expect(retryDelayMs(http(503, { retryAfter: '7' }), 1, () => 0.5, 0)).toBe(7000);
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(retryDelayMs(http(429, { retryAfter: 'Thu, 03 Dec 2026 10:00:12 GMT' }), 1, () => 0.5, now)).toBe(12_000);
    expect(parseRetryAfter('Thu, 03 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it("falls back to X-Ratelimit-Reset on a 429 without Retry-After", () => {
    expect(retryDelayMs(http(429, { rateLimitReset: '3' }), 1, () => 0, 0)).toBe(3000);
    expect(retryDelayMs(http(503, { rateLimitReset: '3' }), 1, () => 0, 0)).toBe(500);
  });
});
