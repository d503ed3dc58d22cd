import { InputError } from './input-error.ts';
import { type WebhookUrl, parseWebhookUrl } from './webhook-url.ts';
import { type JsonObject, type PayloadOverrides, parsePayloadInput } from '../kchat/payload.ts';

export const JOB_STATUSES = ['success', 'failure', 'cancelled', 'skipped'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Everything the action was asked to do, validated. Built once, from the inputs, before any work. */
export interface Config {
  webhook: WebhookUrl;
  status: JobStatus;
  overrides: PayloadOverrides;
  payload: JsonObject | undefined;
  jobSummary: boolean;
  dryRun: boolean;
  failOnError: boolean;
  timeoutMs: number;
  retries: number;
}

/** Reads one input as the runner passes it (`INPUT_<NAME>`), '' when unset. */
export type ReadInput = (name: string) => string;

/**
 * Validates every input. Throws an InputError naming the first bad input.
 * `webhook-url` is parsed first so its secrets can be masked before anything else is said.
 */
export function readConfig(read: ReadInput, webhook: WebhookUrl = parseWebhookUrl(read('webhook-url'))): Config {
  const overrides: PayloadOverrides = {};
  const channel = read('channel').trim();
  const username = read('username').trim();
  const iconUrl = read('icon-url').trim();
  const iconEmoji = read('icon-emoji').trim();
  if (channel) overrides.channel = channel;
  if (username) overrides.username = username;
  if (iconUrl) overrides.iconUrl = parseIconUrl(iconUrl);
  if (iconEmoji) overrides.iconEmoji = iconEmoji;
  return {
    webhook,
    status: parseStatus(read('status')),
    overrides,
    payload: parsePayloadInput(read('payload')),
    jobSummary: parseBoolean('job-summary', read('job-summary'), true),
    dryRun: parseBoolean('dry-run', read('dry-run'), false),
    failOnError: parseBoolean('fail-on-error', read('fail-on-error'), false),
    timeoutMs: parseNumber('timeout', read('timeout'), { fallback: 10, min: 1, max: 300, integer: false }) * 1000,
    retries: parseNumber('retries', read('retries'), { fallback: 3, min: 0, max: 10, integer: true }),
  };
}

export function parseStatus(raw: string): JobStatus {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'success';
  if ((JOB_STATUSES as readonly string[]).includes(value)) return value as JobStatus;
  throw new InputError('status', `must be one of ${JOB_STATUSES.join(', ')} (usually \${{ job.status }}); got "${raw.trim()}".`);
}

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `must be true or false; got "${value}".`);
}

function parseNumber(name: string, raw: string, rule: { fallback: number; min: number; max: number; integer: boolean }): number {
  const value = raw.trim();
  if (value === '') return rule.fallback;
  const n = Number(value);
  const kind = rule.integer ? 'a whole number' : 'a number';
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n) || (rule.integer && !Number.isInteger(n))) {
    throw new InputError(name, `must be ${kind} from ${rule.min} to ${rule.max}; got "${value}".`);
  }
  if (n < rule.min || n > rule.max) throw new InputError(name, `must be from ${rule.min} to ${rule.max}; got ${value}.`);
  return n;
}

function parseIconUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value;
  } catch {
    // fall through to the error below
  }
  throw new InputError('icon-url', `must be an absolute http(s) URL of an image; got "${value}".`);
}
