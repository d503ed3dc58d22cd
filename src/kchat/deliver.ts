import type { Dispatcher } from 'undici';
import type { Redact } from '../config/redact.ts';
import type { Env } from '../context/run-context.ts';
import { MAX_TOTAL_WAIT_MS } from './limits.ts';
import type { WebhookPayload } from './payload.ts';
import { proxyOptionsFromEnv } from './proxy-env.ts';
import { type AttemptFailure, isTransient, retryDelayMs } from './retry-policy.ts';
import { explainStatus, postIdFrom } from './server-answer.ts';

export interface DeliveryOptions {
  url: URL;
  /** Per attempt, from sending the request to the end of the answer. */
  timeoutMs: number;
  /** Extra attempts after the first, for transient failures only. */
  retries: number;
  redact: Redact;
  /** Progress lines (already redacted), e.g. "retrying in 2.0 s". */
  log: (line: string) => void;
  /** The proxy variables to honour (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), usually process.env. */
  env: Env;
  /** Replaces the proxy-aware agent built from `env`. */
  dispatcher?: Dispatcher;
  userAgent?: string;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  maxTotalWaitMs?: number;
}

export type DeliveryResult =
  | { delivered: true; attempts: number; postId: string | undefined }
  | { delivered: false; attempts: number; permanent: boolean; error: string };

/** Posts one payload to the webhook, retrying transient failures. Never throws for delivery problems. */
export async function deliver(payload: WebhookPayload, options: DeliveryOptions): Promise<DeliveryResult> {
  const { redact, log } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const budget = options.maxTotalWaitMs ?? MAX_TOTAL_WAIT_MS;
  const body = JSON.stringify(payload);
  // undici is loaded only when something is sent: dry runs and input errors start faster without it.
  const undici = await import('undici');
  let dispatcher: Dispatcher;
  try {
    dispatcher = options.dispatcher ?? new undici.EnvHttpProxyAgent(proxyOptionsFromEnv(options.env));
  } catch (error) {
    // A malformed HTTPS_PROXY or HTTP_PROXY: a delivery failure, not a crash.
    return { delivered: false, attempts: 0, permanent: true, error: redact(`the proxy settings are not usable (${(error as Error).message}): check HTTPS_PROXY, HTTP_PROXY and NO_PROXY.`) };
  }
  const maxAttempts = options.retries + 1;
  let waited = 0;
  try {
    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptOnce(undici.request, dispatcher, body, options);
      if (outcome.ok) return { delivered: true, attempts: attempt, postId: outcome.postId };
      const failure = outcome.failure;
      const error = redact(describeFailure(failure, options.timeoutMs));
      if (!isTransient(failure)) return { delivered: false, attempts: attempt, permanent: true, error };
      if (attempt >= maxAttempts) {
        return { delivered: false, attempts: attempt, permanent: false, error: `${error} (gave up after ${attempt} attempts)` };
      }
      const delay = retryDelayMs(failure, attempt, random, now());
      if (waited + delay > budget) {
        const why = `waiting ${seconds(delay)} more would exceed the ${seconds(budget)} retry budget`;
        return { delivered: false, attempts: attempt, permanent: false, error: `${error} (gave up: ${why})` };
      }
      log(`Attempt ${attempt} of ${maxAttempts} failed: ${error} Retrying in ${seconds(delay)}.`);
      waited += delay;
      await sleep(delay);
    }
  } finally {
    if (!options.dispatcher) await dispatcher.destroy();
  }
}

type Attempt = { ok: true; postId: string | undefined } | { ok: false; failure: AttemptFailure };

async function attemptOnce(
  request: typeof import('undici').request,
  dispatcher: Dispatcher,
  body: string,
  options: DeliveryOptions,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await request(options.url, {
      method: 'POST',
      dispatcher,
      body,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/plain',
        'user-agent': options.userAgent ?? 'kchat-notify',
      },
      signal: controller.signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    if (response.statusCode >= 200 && response.statusCode < 300) {
      // The post exists once kChat says 2xx: a body that fails to arrive must not cause a retry (a duplicate).
      const text = await response.body.text().catch(() => '');
      return { ok: true, postId: postIdFrom(text) };
    }
    const text = await response.body.text();
    return {
      ok: false,
      failure: {
        kind: 'http',
        status: response.statusCode,
        body: text,
        retryAfter: header(response.headers['retry-after']),
        rateLimitReset: header(response.headers['x-ratelimit-reset']),
      },
    };
  } catch (error) {
    if (timedOut || isTimeoutError(error)) return { ok: false, failure: { kind: 'timeout' } };
    return { ok: false, failure: { kind: 'network', message: networkMessage(error), permanent: isPermanentNetworkError(error) } };
  } finally {
    clearTimeout(timer);
  }
}

function describeFailure(failure: AttemptFailure, timeoutMs: number): string {
  switch (failure.kind) {
    case 'timeout':
      return `kChat did not answer within ${seconds(timeoutMs)} (raise the timeout input if the server is slow).`;
    case 'network':
      return `could not reach kChat: ${failure.message}.`;
    case 'http':
      return explainStatus(failure.status, failure.body);
  }
}

/**
 * Errors that would be the same on the next try: a refused certificate. An unknown host is
 * retried: hosted runners see passing DNS failures (ENOTFOUND) now and then.
 */
const PERMANENT_NETWORK_CODES = /^(ERR_INVALID_URL|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_)/;

function isPermanentNetworkError(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return [e.code, e.cause?.code].some((code) => typeof code === 'string' && PERMANENT_NETWORK_CODES.test(code));
}

function isTimeoutError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
}

function networkMessage(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown; cause?: { message?: unknown; code?: unknown } };
  const parts = [e.code, e.message, e.cause?.code, e.cause?.message].filter((p): p is string => typeof p === 'string' && p !== '');
  return [...new Set(parts)].join(' ') || String(error);
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
