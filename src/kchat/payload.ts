import { InputError } from '../config/input-error.ts';
import { MAX_BODY_BYTES, MAX_POST_CODE_POINTS, codePointLength } from './limits.ts';

/** A Slack-compatible attachment field (kchat-webhook.md §8). `short` is strict on the server. */
export interface AttachmentField {
  title?: string;
  value?: unknown;
  short?: boolean | 'true' | 'false';
}

export interface Attachment {
  fallback?: string;
  color?: string;
  pretext?: string;
  author_name?: string;
  author_link?: string;
  author_icon?: string;
  title?: string;
  title_link?: string;
  text?: string;
  fields?: AttachmentField[];
  image_url?: string;
  thumb_url?: string;
  footer?: string;
  footer_icon?: string;
  ts?: unknown;
  actions?: unknown[];
}

export interface Priority {
  priority: 'important' | 'urgent' | '';
  requested_ack?: boolean;
  persistent_notifications?: boolean;
}

/** The incoming-webhook request body (kchat-webhook.md §2). */
export interface WebhookPayload {
  text?: string;
  channel?: string;
  username?: string;
  icon_url?: string;
  icon_emoji?: string;
  attachments?: Attachment[];
  /** Empty, or `custom_*`: `system_*` is refused (400) and any other value fails the post (500). */
  type?: string;
  props?: Record<string, unknown>;
  priority?: Priority;
}

/** The kChat overrides users set through inputs of the same names. */
export interface PayloadOverrides {
  channel?: string;
  username?: string;
  iconUrl?: string;
  iconEmoji?: string;
}

export type JsonObject = Record<string, unknown>;

export function basePayload(text: string, overrides: PayloadOverrides): JsonObject {
  const payload: JsonObject = { text };
  if (overrides.channel) payload['channel'] = overrides.channel;
  if (overrides.username) payload['username'] = overrides.username;
  if (overrides.iconUrl) payload['icon_url'] = overrides.iconUrl;
  if (overrides.iconEmoji) payload['icon_emoji'] = overrides.iconEmoji;
  return payload;
}

/** Parses the `payload` input: a JSON object, or nothing. */
export function parsePayloadInput(raw: string): JsonObject | undefined {
  if (raw.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError('payload', `is not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(value)) {
    throw new InputError('payload', `must be a JSON object such as {"props": {...}}; got ${describe(value)}.`);
  }
  return value;
}

/**
 * Merges the user's payload over ours: objects merge key by key (so `props` or `priority` can be
 * extended), anything else, arrays included, replaces. `null` removes a key.
 */
export function mergePayload(base: JsonObject, override: JsonObject | undefined): JsonObject {
  if (!override) return base;
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(current)) out[key] = mergePayload(current, value);
    else out[key] = value;
  }
  return out;
}

/**
 * Checks a merged payload against what the server accepts, before anything is sent, and returns it
 * typed. Problems are blamed on `payload`: our own fields are always valid.
 */
export function validatePayload(value: JsonObject): WebhookPayload {
  const fail = (problem: string): never => {
    throw new InputError('payload', problem);
  };
  for (const key of ['text', 'channel', 'username', 'icon_url', 'icon_emoji', 'type'] as const) {
    if (key in value && typeof value[key] !== 'string') fail(`"${key}" must be a string; got ${describe(value[key])}.`);
  }
  const text = (value['text'] as string | undefined) ?? '';
  const attachments = value['attachments'];
  if (attachments !== undefined) {
    if (!Array.isArray(attachments)) fail(`"attachments" must be an array; got ${describe(attachments)}.`);
    (attachments as unknown[]).forEach((a, i) => validateAttachment(a, i, fail));
  }
  const hasAttachments = Array.isArray(attachments) && attachments.some((a) => a !== null);
  if (text === '' && !hasAttachments) fail('the message needs a non-empty "text" or at least one attachment.');
  const type = value['type'] as string | undefined;
  if (type !== undefined && type !== '' && !type.startsWith('custom_')) {
    fail(`"type" must be empty or start with "custom_" (kChat refuses other post types); got "${type}".`);
  }
  if ('props' in value && !isObject(value['props'])) fail(`"props" must be an object; got ${describe(value['props'])}.`);
  if ('priority' in value) validatePriority(value['priority'], fail);
  const length = codePointLength(text);
  if (length > MAX_POST_CODE_POINTS) {
    fail(`"text" is ${length} characters; kChat splits posts over ${MAX_POST_CODE_POINTS} characters, breaking the message.`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > MAX_BODY_BYTES) fail(`the payload is ${bytes} bytes; kChat refuses bodies over ${MAX_BODY_BYTES} bytes.`);
  return value as WebhookPayload;
}

function validateAttachment(a: unknown, index: number, fail: (problem: string) => never): void {
  if (a === null) return; // the server drops null attachments
  if (!isObject(a)) fail(`"attachments[${index}]" must be an object; got ${describe(a)}.`);
  const fields = (a as JsonObject)['fields'];
  if (fields === undefined || fields === null) return;
  if (!Array.isArray(fields)) fail(`"attachments[${index}].fields" must be an array.`);
  (fields as unknown[]).forEach((f, j) => {
    if (f === null) return;
    if (!isObject(f)) fail(`"attachments[${index}].fields[${j}]" must be an object.`);
    const short = (f as JsonObject)['short'];
    if (short !== undefined && typeof short !== 'boolean' && !(typeof short === 'string' && /^(true|false)$/i.test(short))) {
      fail(`"attachments[${index}].fields[${j}].short" must be true or false; kChat refuses ${describe(short)}.`);
    }
  });
}

function validatePriority(p: unknown, fail: (problem: string) => never): void {
  if (!isObject(p)) fail(`"priority" must be an object such as {"priority": "important"}; got ${describe(p)}.`);
  const level = (p as JsonObject)['priority'];
  if (level === undefined || level === null) fail('"priority" needs a "priority" key: "important" or "urgent".');
  if (level !== 'important' && level !== 'urgent' && level !== '') {
    fail(`"priority.priority" must be "important", "urgent" or ""; got ${describe(level)}.`);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
