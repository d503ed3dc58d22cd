import { InputError } from './input-error.ts';
import { type WebhookUrl, parseWebhookUrl } from './webhook-url.ts';
import { type JsonObject, type PayloadOverrides, parsePayloadInput } from '../kchat/payload.ts';
import { LANGUAGES, type Language } from '../render/labels.ts';
import { type ReportsLine, parseReportsInput } from '../collect/reports/reports-input.ts';
import type { IfNoReports } from '../collect/reports/collect.ts';

export const JOB_STATUSES = ['success', 'failure', 'cancelled', 'skipped'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Everything the action was asked to do, validated. Built once, from the inputs, before any work. */
export interface Config {
  webhook: WebhookUrl;
  /** job: this job's results; workflow: every job of the run; release: an announcement; auto: release on release events, else job. */
  mode: 'auto' | 'job' | 'workflow' | 'release';
  /** For mode workflow; masked as soon as it is read. */
  githubToken: string;
  status: JobStatus;
  reports: ReportsLine[];
  ifNoReports: IfNoReports;
  /** Who the mention line names (`@channel`, `@alice`), and for which statuses. */
  mention: { who: string[]; on: Set<JobStatus> };
  title: string | undefined;
  text: string | undefined;
  language: Language;
  timeZone: string;
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
    mode: parseMode(read('mode')),
    githubToken: read('github-token').trim(),
    status: parseStatus(read('status')),
    reports: parseReportsInput(read('reports')),
    ifNoReports: parseChoice('if-no-reports', read('if-no-reports'), ['warn', 'error', 'ignore'] as const, 'warn'),
    mention: { who: parseMention(read('mention')), on: parseMentionOn(read('mention-on')) },
    title: read('title').trim() || undefined,
    text: read('text').trim() || undefined,
    language: parseLanguage(read('language')),
    timeZone: parseTimeZone(read('time-zone')),
    overrides,
    payload: parsePayloadInput(read('payload')),
    jobSummary: parseBoolean('job-summary', read('job-summary'), true),
    dryRun: parseBoolean('dry-run', read('dry-run'), false),
    failOnError: parseBoolean('fail-on-error', read('fail-on-error'), false),
    timeoutMs: parseNumber('timeout', read('timeout'), { fallback: 10, min: 1, max: 300, integer: false }) * 1000,
    retries: parseNumber('retries', read('retries'), { fallback: 3, min: 0, max: 10, integer: true }),
  };
}

function parseStatus(raw: string): JobStatus {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'success';
  if ((JOB_STATUSES as readonly string[]).includes(value)) return value as JobStatus;
  throw new InputError('status', `must be one of ${JOB_STATUSES.join(', ')} (usually \${{ job.status }}); got "${raw.trim()}".`);
}

const CHANNEL_WIDE = new Set(['@channel', '@here', '@all']);
const USERNAME = /^@?[a-z0-9][a-z0-9._-]*$/i;

/** `@channel`, `@here`, `@all` or usernames (with or without @), separated by spaces or commas. */
function parseMention(raw: string): string[] {
  const who: string[] = [];
  for (const token of raw.split(/[\s,]+/).filter((t) => t !== '')) {
    if (!USERNAME.test(token)) {
      throw new InputError('mention', `"${token}" is not @channel, @here, @all or a kChat username; separate several with spaces.`);
    }
    const name = token.startsWith('@') ? token : `@${token}`;
    who.push(CHANNEL_WIDE.has(name.toLowerCase()) ? name.toLowerCase() : name);
  }
  return [...new Set(who)];
}

/** A comma list of statuses, or `always`, or `never`. Empty means the default, `failure`. */
function parseMentionOn(raw: string): Set<JobStatus> {
  const on = new Set<JobStatus>();
  const tokens = raw.split(/[\s,]+/).map((t) => t.toLowerCase()).filter((t) => t !== '');
  if (tokens.length === 0) return new Set(['failure']);
  for (const token of tokens) {
    if (token === 'always') JOB_STATUSES.forEach((s) => on.add(s));
    else if (token === 'never') continue;
    else if ((JOB_STATUSES as readonly string[]).includes(token)) on.add(token as JobStatus);
    else throw new InputError('mention-on', `"${token}" is not one of ${JOB_STATUSES.join(', ')}, always, never.`);
  }
  if (tokens.includes('never') && tokens.length > 1) throw new InputError('mention-on', '"never" cannot be combined with statuses.');
  return on;
}

function parseMode(raw: string): Config['mode'] {
  return parseChoice('mode', raw, ['auto', 'job', 'workflow', 'release'] as const, 'auto');
}

function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback: T): T {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `must be one of ${choices.join(', ')}; got "${raw.trim()}".`);
}

function parseLanguage(raw: string): Language {
  const value = raw.trim().toLowerCase() || 'en';
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new InputError('language', `must be one of ${LANGUAGES.join(', ')}; got "${raw.trim()}".`);
}

function parseTimeZone(raw: string): string {
  const value = raw.trim() || 'UTC';
  // Checking a zone loads ICU's time zone data (about 15 ms at start-up): the default needs no check.
  if (value === 'UTC') return value;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new InputError('time-zone', `"${value}" is not an IANA time zone such as UTC, Europe/Zurich or America/New_York.`);
  }
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
