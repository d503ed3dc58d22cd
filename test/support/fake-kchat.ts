/**
 * A fake kChat server on 127.0.0.1 that behaves like the real incoming-webhook endpoint, as
 * described in shared/kchat-webhook.md §10: route, content types, lenient JSON decoding,
 * validation order and statuses, AppError bodies, splitting of long texts into several posts,
 * the body cap, Slack markup conversion, optional rate limiting, both success styles, and a fault
 * script (connection resets, hangs, canned answers). Tests and the demo share it.
 */
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { decodeWebhookJson } from './lenient-json.ts';

export const MAX_RUNES = 16_383;
export const BODY_CAP = 300_000 + 512;
const MAX_URL_LENGTH = 2048;
const PROPS_MAX_RUNES = 760_000;

export interface HookConfig {
  /** The hook's default channel name. */
  channel: string;
  /** Posting to another channel is refused (403). */
  locked?: boolean;
  /** The creator may read private channels (otherwise posting to one is 403). */
  creatorCanReadPrivate?: boolean;
}

export interface ChannelConfig {
  private?: boolean;
  archived?: boolean;
}

/** A scripted answer to the next request, in place of normal handling. */
export type Fault =
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'rate-limit'; retryAfterSeconds: number };

export interface FakeKchatOptions {
  /** `kchat` answers with the created post (JSON); `mattermost` with a plain `ok`. */
  mode?: 'kchat' | 'mattermost';
  /** `general`: current Mattermost wraps every error id; `inner`: older Mattermost and kChat. */
  errorIds?: 'general' | 'inner';
  hooks?: Record<string, HookConfig>;
  channels?: Record<string, ChannelConfig>;
  /** username by user id, for `<@U123>` and `@user` channels. */
  users?: Record<string, string>;
  webhooksEnabled?: boolean;
  overridesEnabled?: boolean;
  rateLimit?: { perSecond: number; burst: number };
  faults?: Fault[];
  /** Listen on this port (default: any free one). */
  port?: number;
  /** Called for each post created, e.g. to write it where another process can read it. */
  onPost?: (post: RecordedPost) => void;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  status: number;
}

/** A post as the server would store it, after Slack markup conversion. */
export interface RecordedPost {
  id: string;
  hookId: string;
  channel: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  priority: unknown;
}

export interface FakeKchat {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** A webhook URL for a known hook. */
  hookUrl(hookId?: string): string;
  readonly requests: RecordedRequest[];
  readonly posts: RecordedPost[];
  readonly faults: Fault[];
  readonly options: Required<Omit<FakeKchatOptions, 'rateLimit' | 'faults' | 'port' | 'onPost'>> & { rateLimit: FakeKchatOptions['rateLimit'] | undefined };
  close(): Promise<void>;
}

export const DEFAULT_HOOK = 'kchatnotifytesthook0123456789';

export async function startFakeKchat(options: FakeKchatOptions = {}): Promise<FakeKchat> {
  const state: FakeKchat['options'] = {
    mode: options.mode ?? 'kchat',
    errorIds: options.errorIds ?? 'inner',
    hooks: options.hooks ?? { [DEFAULT_HOOK]: { channel: 'town-square' } },
    channels: options.channels ?? { 'town-square': {}, 'off-topic': {}, ci: {}, secret: { private: true }, old: { archived: true } },
    users: options.users ?? { u1alice: 'alice', u2bob: 'bob' },
    webhooksEnabled: options.webhooksEnabled ?? true,
    overridesEnabled: options.overridesEnabled ?? false,
    rateLimit: options.rateLimit,
  };
  const requests: RecordedRequest[] = [];
  const posts: RecordedPost[] = [];
  const faults: Fault[] = [...(options.faults ?? [])];
  const sockets = new Set<Socket>();
  const limiter = state.rateLimit ? new RateLimiter(state.rateLimit.perSecond, state.rateLimit.burst) : undefined;

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: raw.body.toString('utf8'),
      status: 0,
    };
    requests.push(record);
    const send = (status: number, body: string, contentType: string, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': contentType, 'x-request-id': requestId(), 'x-version-id': 'fake-kchat', ...headers });
      res.end(body);
    };

    const fault = faults.shift();
    if (fault) {
      if (fault.kind === 'reset') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'hang') {
        record.status = -2;
        return; // never answer; closing the server destroys the socket
      }
      if (fault.kind === 'rate-limit') {
        send(429, 'limit exceeded\n', 'text/plain; charset=utf-8', rateLimitHeaders(101, 0, fault.retryAfterSeconds, fault.retryAfterSeconds));
        return;
      }
      send(fault.status, fault.body ?? '', fault.headers?.['content-type'] ?? 'text/plain', fault.headers);
      return;
    }

    if (limiter) {
      const verdict = limiter.take();
      if (!verdict.allowed) {
        send(429, 'limit exceeded\n', 'text/plain; charset=utf-8', rateLimitHeaders(state.rateLimit!.burst + 1, verdict.remaining, verdict.resetSeconds, verdict.retryAfterSeconds));
        return;
      }
      res.setHeader('X-Ratelimit-Limit', String(state.rateLimit!.burst + 1));
      res.setHeader('X-Ratelimit-Remaining', String(verdict.remaining));
      res.setHeader('X-Ratelimit-Reset', String(verdict.resetSeconds));
    }

    const url = req.url ?? '/';
    if (url.length > MAX_URL_LENGTH) {
      send(414, '', 'text/plain');
      return;
    }
    const { pathname, searchParams } = new URL(url, 'http://fake');
    const route = /^\/hooks\/([A-Za-z0-9]+)$/.exec(pathname);
    if (!route?.[1]) {
      send(404, '404 page not found\n', 'text/plain; charset=utf-8');
      return;
    }
    if (req.method === 'GET') {
      send(200, '<!doctype html><html><body>kChat webapp</body></html>', 'text/html');
      return;
    }
    if (req.method !== 'POST') {
      send(405, '', 'text/plain');
      return;
    }
    const hookId = route[1];
    const result = processWebhook(hookId, req.headers['content-type'], raw, searchParams);
    if (result.kind === 'error') {
      const id = state.errorIds === 'general' && result.wrapped ? 'web.incoming_webhook.general.app_error' : result.id;
      const message =
        state.errorIds === 'general' && result.wrapped
          ? `Failed to handle the payload of media type ${result.mediaType} for incoming webhook ${hookId}.`
          : `${result.message} (incoming webhook ${hookId})`;
      send(result.status, JSON.stringify({ id, message, detailed_error: '', request_id: requestId(), status_code: result.status }), 'application/json');
      return;
    }
    const first = result.posts[0]!;
    if (state.mode === 'mattermost' || searchParams.get('slack_return_format') === 'true') {
      send(200, 'ok', 'text/plain');
    } else {
      send(200, JSON.stringify(kchatPost(first)), 'application/json');
    }
  }

  type Outcome =
    | { kind: 'error'; status: number; id: string; message: string; wrapped: boolean; mediaType: string }
    | { kind: 'posted'; posts: RecordedPost[] };

  function processWebhook(hookId: string, contentTypeHeader: string | undefined, raw: RawBody, query: URLSearchParams): Outcome {
    const fail = (status: number, id: string, message: string, wrapped = true): Outcome => ({ kind: 'error', status, id, message, wrapped, mediaType });
    let mediaType = 'application/json';

    // 1. parse: media type, then the body
    if (raw.overCap && contentTypeHeader?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return fail(413, 'api.context.request_body_too_large.app_error', 'The request body is too large', false);
    }
    if (contentTypeHeader !== undefined && contentTypeHeader.trim() !== '') {
      const parsed = parseMediaType(contentTypeHeader);
      if (parsed === undefined) return fail(400, 'web.incoming_webhook.media_type.app_error', 'Could not parse the media type');
      mediaType = parsed;
    }
    let jsonText: string;
    if (mediaType === 'application/x-www-form-urlencoded') {
      const form = raw.body.toString('utf8');
      if (/%(?![0-9a-fA-F]{2})/.test(form) || form.includes(';')) {
        return fail(400, 'web.incoming_webhook.parse_form.app_error', 'Could not parse the form');
      }
      jsonText = new URLSearchParams(form).get('payload') ?? query.get('payload') ?? '';
    } else if (mediaType === 'multipart/form-data') {
      // Not modelled: the action never sends multipart. Refuse rather than accept anything.
      return fail(400, 'web.incoming_webhook.decode.app_error', 'Multipart bodies are not modelled by the fake server');
    } else {
      jsonText = raw.body.toString('utf8'); // a truncated (over-cap) body fails to decode below
    }
    const decoded = decodeWebhookJson(jsonText);
    if (decoded.kind === 'error') return fail(400, 'web.incoming_webhook.decode.app_error', `Could not decode the payload: ${decoded.reason}`);
    const request = decoded.request;

    // 2. webhooks enabled
    if (!state.webhooksEnabled) return fail(501, 'web.incoming_webhook.disabled.app_error', 'Incoming webhooks have been disabled by the system admin.');
    // 3. text or attachments
    const attachments = Array.isArray(request['attachments']) ? (request['attachments'] as unknown[]).filter((a) => a !== null) : [];
    const text = typeof request['text'] === 'string' ? request['text'] : '';
    if (text === '' && attachments.length === 0) return fail(400, 'web.incoming_webhook.text.app_error', 'No text specified');
    // 4. hook
    const hook = state.hooks[hookId];
    if (!hook) return fail(400, 'web.incoming_webhook.invalid.app_error', 'Invalid webhook');
    // 5-7. channel
    const requested = typeof request['channel'] === 'string' ? request['channel'] : '';
    let channelName = hook.channel;
    if (requested !== '') {
      if (requested.startsWith('@')) {
        const user = requested.slice(1);
        if (!Object.values(state.users).includes(user)) return fail(400, 'web.incoming_webhook.user.app_error', 'Could not find the user');
        channelName = `dm:${user}`;
      } else {
        const name = requested.replace(/^#/, '');
        const channel = state.channels[name];
        if (!channel || channel.archived) return fail(404, 'web.incoming_webhook.channel.app_error', 'Could not find the channel');
        channelName = name;
      }
    } else if (!state.channels[hook.channel]) {
      return fail(404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel');
    }
    // 8. locked hook
    if (hook.locked && requested !== '' && channelName !== hook.channel) {
      return fail(403, 'web.incoming_webhook.channel_locked.app_error', 'This webhook is not permitted to post to the requested channel');
    }
    // 10. private channel the creator cannot read
    if (state.channels[channelName]?.private && !hook.creatorCanReadPrivate) {
      return fail(403, 'web.incoming_webhook.permissions.app_error', 'Inappropriate channel permissions');
    }
    // 11. priority
    const priority = request['priority'];
    if (priority !== undefined && priority !== null) {
      const level = typeof priority === 'object' ? (priority as Record<string, unknown>)['priority'] : undefined;
      if (level === undefined || level === null) return fail(400, 'api.context.invalid_param.app_error', 'Invalid or missing priority parameter');
    }
    // 12. type
    const type = typeof request['type'] === 'string' ? request['type'] : '';
    if (type.startsWith('system_')) return fail(400, 'api.context.invalid_param.app_error', 'Invalid or missing type parameter');
    // 13. props size
    const props = typeof request['props'] === 'object' && request['props'] !== null ? { ...(request['props'] as Record<string, unknown>) } : {};
    for (const key of ['attachments', 'from_webhook', 'override_username', 'override_icon_url', 'override_icon_emoji', 'add_channel_member', 'force_notification']) {
      delete props[key];
    }
    if (Array.from(JSON.stringify(props)).length > PROPS_MAX_RUNES) {
      return fail(400, 'web.incoming_webhook.split_props_length.app_error', 'Props too long');
    }
    // 14. create the post(s)
    const postType = attachments.length > 0 ? 'slack_attachment' : type;
    if (postType !== '' && postType !== 'slack_attachment' && !postType.startsWith('custom_')) {
      return fail(500, 'api.post.create_webhook_post.creating.app_error', 'Failed to create post');
    }
    props['from_webhook'] = 'true';
    props['webhook_display_name'] = 'kchat-notify test hook';
    if (state.overridesEnabled) {
      const username = typeof request['username'] === 'string' && request['username'] !== '' ? request['username'] : 'webhook';
      props['override_username'] = username;
      if (typeof request['icon_url'] === 'string' && request['icon_url'] !== '') props['override_icon_url'] = request['icon_url'];
      if (typeof request['icon_emoji'] === 'string' && request['icon_emoji'] !== '') props['override_icon_emoji'] = request['icon_emoji'];
    }
    const message = convertSlackLinks(processSlackText(text, state.users));
    const chunks = splitRunes(message, MAX_RUNES);
    const created = chunks.map((chunk, i) => {
      const postProps = { ...props };
      if (i === chunks.length - 1 && attachments.length > 0) postProps['attachments'] = attachments.map((a) => convertAttachment(a, state.users));
      const post: RecordedPost = { id: postId(), hookId, channel: channelName, message: chunk, type: postType, props: postProps, priority: priority ?? null };
      return post;
    });
    posts.push(...created);
    for (const post of created) options.onPost?.(post);
    return { kind: 'posted', posts: created };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hookUrl: (hookId = DEFAULT_HOOK) => `${origin}/hooks/${hookId}`,
    requests,
    posts,
    faults,
    options: state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

interface RawBody {
  body: Buffer;
  overCap: boolean;
}

/** Reads at most BODY_CAP bytes, like Go's MaxBytesReader: the rest is dropped. */
function readBody(req: IncomingMessage): Promise<RawBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overCap = false;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > BODY_CAP) {
        overCap = true;
        chunks.push(chunk.subarray(0, Math.max(0, BODY_CAP - size)));
        size = BODY_CAP;
      } else {
        chunks.push(chunk);
        size += chunk.length;
      }
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), overCap }));
    req.on('error', () => resolve({ body: Buffer.concat(chunks), overCap }));
  });
}

/** Go's mime.ParseMediaType, roughly: lower-cased type/subtype, parameters ignored, garbage refused. */
function parseMediaType(header: string): string | undefined {
  const [type, ...params] = header.split(';');
  const value = (type ?? '').trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(value)) return undefined;
  for (const param of params) if (param.trim() !== '' && !param.includes('=')) return undefined;
  return value;
}

/** `ProcessSlackText`: channel-wide tokens become mentions, `<@ID>` becomes `@username`. */
export function processSlackText(text: string, users: Record<string, string>): string {
  return text
    .replaceAll('<!channel>', '@channel')
    .replaceAll('<!here>', '@here')
    .replaceAll('<!all>', '@all')
    .replace(/<@([a-zA-Z0-9]+)>/g, (whole, id: string) => (users[id] ? `@${users[id]}` : whole));
}

/** `<url|label>` becomes `[label](url)`. */
export function convertSlackLinks(text: string): string {
  return text.replace(/<([^\n<|>]+)\|([^|\n>]+)>/g, '[$2]($1)');
}

function convertAttachment(attachment: unknown, users: Record<string, string>): unknown {
  if (typeof attachment !== 'object' || attachment === null) return attachment;
  const a = { ...(attachment as Record<string, unknown>) };
  for (const key of ['pretext', 'text', 'title']) {
    if (typeof a[key] === 'string') a[key] = convertSlackLinks(processSlackText(a[key] as string, users));
  }
  if (Array.isArray(a['fields'])) {
    a['fields'] = (a['fields'] as unknown[])
      .filter((f) => f !== null)
      .map((f) => {
        const field = { ...(f as Record<string, unknown>) };
        if (field['value'] !== undefined) {
          const value = typeof field['value'] === 'string' ? field['value'] : JSON.stringify(field['value']);
          field['value'] = convertSlackLinks(processSlackText(value, users));
        }
        return field;
      });
  }
  return a;
}

function splitRunes(text: string, size: number): string[] {
  const runes = Array.from(text);
  if (runes.length <= size) return [text];
  const out: string[] = [];
  for (let i = 0; i < runes.length; i += size) out.push(runes.slice(i, i + size).join(''));
  return out;
}

function kchatPost(post: RecordedPost): Record<string, unknown> {
  const now = Date.now();
  return {
    id: post.id,
    create_at: now,
    update_at: now,
    delete_at: 0,
    user_id: 'fakecreator000000000000000',
    channel_id: `channel-${post.channel}`,
    root_id: '',
    original_id: '',
    participants: null,
    message: post.message,
    type: post.type,
    props: { override_username: 'webhook', override_icon_url: null, override_icon_emoji: null, attachments: [], card: null, ...post.props },
    hashtags: '',
    metadata: { embeds: [{ type: 'message_attachment' }], files: [], reactions: [] },
    file_ids: [],
    has_reactions: false,
    edit_at: 0,
    is_pinned: false,
    remote_id: '',
    reply_count: 0,
    pending_post_id: '',
    is_following: false,
  };
}

/** GCRA-like limiter keyed by nothing (all requests come from 127.0.0.1). */
class RateLimiter {
  private readonly perSecond: number;
  private readonly burst: number;
  private tokens: number;
  private last = Date.now();

  constructor(perSecond: number, burst: number) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = burst + 1;
  }

  take(): { allowed: boolean; remaining: number; resetSeconds: number; retryAfterSeconds: number } {
    const now = Date.now();
    this.tokens = Math.min(this.burst + 1, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    const resetSeconds = Math.ceil((this.burst + 1 - this.tokens) / this.perSecond);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true, remaining: Math.floor(this.tokens), resetSeconds, retryAfterSeconds: 0 };
    }
    return { allowed: false, remaining: 0, resetSeconds, retryAfterSeconds: Math.ceil((1 - this.tokens) / this.perSecond) };
  }
}

/** Mattermost's limiter headers; the limit is MaxBurst + 1 (101 by default). */
function rateLimitHeaders(limit: number, remaining: number, resetSeconds: number, retryAfterSeconds: number): Record<string, string> {
  return {
    'Retry-After': String(retryAfterSeconds),
    'X-Ratelimit-Limit': String(limit),
    'X-Ratelimit-Remaining': String(remaining),
    'X-Ratelimit-Reset': String(resetSeconds),
  };
}

function postId(): string {
  return randomBytes(13).toString('hex').slice(0, 26);
}

function requestId(): string {
  return randomBytes(13).toString('hex').slice(0, 26);
}
