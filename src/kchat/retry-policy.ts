/**
 * Which failed attempts are worth another try, and how long to wait first. Pure: the clock and
 * the random source are passed in. Transient: network errors (but a refused certificate, which
 * would fail again), timeouts, 408, 429, 502, 503, 504.
 * Everything else (400, 401, 403, 404, 413, 500, 501, ...) would fail the same way again; a 500
 * can also follow a partly created post, so retrying it risks a duplicate.
 */

export type AttemptFailure =
  | { kind: 'timeout' }
  | { kind: 'network'; message: string; permanent: boolean }
  | { kind: 'http'; status: number; body: string; retryAfter: string | undefined; rateLimitReset: string | undefined };

const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504]);
const BASE_DELAY_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

export function isTransient(failure: AttemptFailure): boolean {
  if (failure.kind === 'network') return !failure.permanent;
  return failure.kind === 'timeout' || TRANSIENT_STATUSES.has(failure.status);
}

/**
 * The wait before attempt `attempt + 1` (`attempt` counts from 1). The server's own word wins:
 * `Retry-After` (seconds or an HTTP date), else Mattermost's `X-Ratelimit-Reset` (seconds) on a 429.
 * Otherwise exponential backoff with jitter: half fixed, half random, so parallel matrix jobs
 * spread out instead of retrying in step.
 */
export function retryDelayMs(failure: AttemptFailure, attempt: number, random: () => number, now: number): number {
  if (failure.kind === 'http') {
    const asked = parseRetryAfter(failure.retryAfter, now);
    if (asked !== undefined) return asked;
    if (failure.status === 429) {
      const reset = parseSeconds(failure.rateLimitReset);
      if (reset !== undefined) return reset;
    }
  }
  const backoff = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(backoff / 2 + (backoff / 2) * random());
}

/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`, in milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = parseSeconds(value);
  if (seconds !== undefined) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Math.round(Number(value) * 1000);
}
