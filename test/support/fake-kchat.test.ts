import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HOOK, type FakeKchat, type FakeKchatOptions, startFakeKchat } from './fake-kchat.ts';

// The fake must behave like the real server (kchat-webhook.md §10), or tests against it prove nothing.
let server: FakeKchat | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function post(options: FakeKchatOptions, body: string, init: { contentType?: string | null; path?: string; method?: string } = {}) {
  server ??= await startFakeKchat(options);
  const headers: Record<string, string> = {};
  if (init.contentType !== null) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${server.origin}${init.path ?? `/hooks/${DEFAULT_HOOK}`}`, { method: init.method ?? 'POST', headers, body: init.method === 'GET' ? null : body });
  const text = await response.text();
  return { status: response.status, text, json: text.startsWith('{') ? JSON.parse(text) : undefined, headers: response.headers };
}

describe('fake kChat: routes and success answers', () => {
  it('answers kChat-style with the created post', async () => {
    const r = await post({}, '{"text":"hello"}');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.json).toMatchObject({ message: 'hello', props: { from_webhook: 'true' } });
    expect(r.json.id).toMatch(/^[0-9a-f]{26}$/);
    expect(server!.posts.map((p) => p.message)).toEqual(['hello']);
  });

  it("answers Mattermost-style with ok, and kChat with ok when asked for Slack's format", async () => {
    expect((await post({ mode: 'mattermost' }, '{"text":"a"}')).text).toBe('ok');
    await server!.close();
    server = undefined;
    expect((await post({}, '{"text":"a"}', { path: `/hooks/${DEFAULT_HOOK}?slack_return_format=true` })).text).toBe('ok');
  });

  it('takes JSON without a content type, and the payload field of a form', async () => {
    expect((await post({}, '{"text":"no type"}', { contentType: null })).status).toBe(200);
    expect((await post({}, `payload=${encodeURIComponent('{"text":"form"}')}`, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    expect((await post({}, 'payload={"text":"plain"}', { contentType: 'text/plain' })).status).toBe(400);
    expect(server!.posts.map((p) => p.message)).toEqual(['no type', 'form']);
  });

  it('serves the webapp on GET, 405 on other methods, and only [A-Za-z0-9] hook ids', async () => {
    expect((await post({}, '', { method: 'GET' })).status).toBe(200);
    expect((await post({}, '{"text":"x"}', { method: 'PUT' })).status).toBe(405);
    expect((await post({}, '{"text":"x"}', { path: '/hooks/abc-def' })).status).toBe(404);
  });
});

describe('fake kChat: decoding', () => {
  it('is lenient like Go: any key case, unknown keys, trailing data', async () => {
    expect((await post({}, '{"TEXT":"upper","nope":1} trailing')).status).toBe(200);
    expect(server!.posts[0]!.message).toBe('upper');
  });

  it('accepts raw LF and TAB only in the text-like keys; refuses raw CR and a BOM', async () => {
    expect((await post({}, '{"text":"a\nb\tc"}')).status).toBe(200);
    expect(server!.posts[0]!.message).toBe('a\nb\tc');
    expect((await post({}, '{"text":"a\r\nb"}')).status).toBe(400);
    expect((await post({}, '{"text":"x","username":"a\nb"}')).status).toBe(400);
    expect((await post({}, '\uFEFF{"text":"bom"}')).status).toBe(400);
  });

  it.each(['', '[]', '{"text":123}', '{"text":"x","attachments":[{"fields":[{"short":1}]}]}'])('refuses %j with 400', async (body) => {
    const r = await post({}, body);
    expect(r.status).toBe(400);
    expect(r.json.id).toBe('web.incoming_webhook.decode.app_error');
  });

  it('refuses an oversized JSON body with 400 and an oversized form with 413', async () => {
    const big = JSON.stringify({ text: 'x', props: { pad: 'p'.repeat(300_600) } });
    expect((await post({}, big)).status).toBe(400);
    expect((await post({}, `payload=${'p'.repeat(300_600)}`, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(413);
  });
});

describe('fake kChat: validation in the server order', () => {
  it.each<[string, FakeKchatOptions, string, number, string]>([
    ['disabled webhooks', { webhooksEnabled: false }, '{"text":"x"}', 501, 'web.incoming_webhook.disabled.app_error'],
    ['no text (checked before the hook)', {}, '{"text":"","attachments":[null]}', 400, 'web.incoming_webhook.text.app_error'],
    ['unknown channel', {}, '{"text":"x","channel":"nope"}', 404, 'web.incoming_webhook.channel.app_error'],
    ['archived channel', {}, '{"text":"x","channel":"old"}', 404, 'web.incoming_webhook.channel.app_error'],
    ['unknown DM user', {}, '{"text":"x","channel":"@nobody"}', 400, 'web.incoming_webhook.user.app_error'],
    ['locked hook', { hooks: { [DEFAULT_HOOK]: { channel: 'town-square', locked: true } } }, '{"text":"x","channel":"ci"}', 403, 'web.incoming_webhook.channel_locked.app_error'],
    ['private channel', {}, '{"text":"x","channel":"secret"}', 403, 'web.incoming_webhook.permissions.app_error'],
    ['priority without priority', {}, '{"text":"x","priority":{}}', 400, 'api.context.invalid_param.app_error'],
    ['system type', {}, '{"text":"x","type":"system_join"}', 400, 'api.context.invalid_param.app_error'],
    ['unknown type', {}, '{"text":"x","type":"weird"}', 500, 'api.post.create_webhook_post.creating.app_error'],
  ])('%s', async (_name, options, body, status, id) => {
    const r = await post(options, body);
    expect(r.status).toBe(status);
    expect(r.json).toMatchObject({ id, status_code: status, detailed_error: '' });
    expect(r.json.request_id).toHaveLength(26);
    expect(server!.posts).toEqual([]);
  });

  it('answers 400 for an unknown hook, and echoes the hook id in the message', async () => {
    const r = await post({}, '{"text":"x"}', { path: '/hooks/unknownhook42' });
    expect(r.status).toBe(400);
    expect(r.json.id).toBe('web.incoming_webhook.invalid.app_error');
    expect(r.json.message).toContain('unknownhook42');
  });

  it('wraps error ids like current Mattermost when asked', async () => {
    const r = await post({ errorIds: 'general' }, '{"text":"x","channel":"nope"}');
    expect(r.status).toBe(404);
    expect(r.json.id).toBe('web.incoming_webhook.general.app_error');
    expect(r.json.message).toContain(DEFAULT_HOOK);
  });
});

describe('fake kChat: what gets posted', () => {
  it('splits text over 16,383 code points into consecutive posts, attachments on the last', async () => {
    const text = `${'😀'.repeat(16_383)}${'b'.repeat(10)}`;
    const r = await post({}, JSON.stringify({ text, attachments: [{ text: 'att' }] }));
    expect(r.status).toBe(200);
    expect(server!.posts).toHaveLength(2);
    expect(Array.from(server!.posts[0]!.message)).toHaveLength(16_383);
    expect(server!.posts[1]!.message).toBe('b'.repeat(10));
    expect(server!.posts[1]!.props['attachments']).toEqual([{ text: 'att' }]);
    expect(server!.posts[0]!.props['attachments']).toBeUndefined();
    expect(server!.posts.every((p) => p.type === 'slack_attachment' && p.props['from_webhook'] === 'true')).toBe(true);
    expect(r.json.id).toBe(server!.posts[0]!.id);
  });

  it('converts Slack markup before recording', async () => {
    await post({}, JSON.stringify({ text: 'hi <!channel> <@u1alice> <@nobody> <https://x.org|docs>' }));
    expect(server!.posts[0]!.message).toBe('hi @channel @alice <@nobody> [docs](https://x.org)');
  });

  it('applies username and icon overrides only when the server allows them', async () => {
    await post({}, '{"text":"x","username":"bot","icon_emoji":"rocket"}');
    expect(server!.posts[0]!.props['override_username']).toBeUndefined();
    await server!.close();
    server = undefined;
    await post({ overridesEnabled: true }, '{"text":"x","username":"bot","icon_emoji":"rocket"}');
    expect(server!.posts[0]!.props).toMatchObject({ override_username: 'bot', override_icon_emoji: 'rocket' });
  });

  it('stores priority unvalidated', async () => {
    expect((await post({}, '{"text":"x","priority":{"priority":"high"}}')).status).toBe(200);
    expect(server!.posts[0]!.priority).toEqual({ priority: 'high' });
  });
});

describe('fake kChat: rate limits and faults', () => {
  it('rate limits with a plain-text 429, Retry-After and X-Ratelimit headers', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await post({ rateLimit: { perSecond: 1, burst: 1 } }, '{"text":"x"}');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses.at(-1)).toBe(429);
    expect(last!.text).toBe('limit exceeded\n');
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last!.headers.get('x-ratelimit-limit')).toBe('2');
    expect(last!.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  });

  it('plays the fault script in order, then behaves normally', async () => {
    server = await startFakeKchat({ faults: [{ kind: 'reset' }, { kind: 'status', status: 503, body: 'down' }] });
    await expect(fetch(server.hookUrl(), { method: 'POST', body: '{"text":"x"}' })).rejects.toThrow();
    expect((await fetch(server.hookUrl(), { method: 'POST', body: '{"text":"x"}' })).status).toBe(503);
    expect((await fetch(server.hookUrl(), { method: 'POST', body: '{"text":"x"}' })).status).toBe(200);
    expect(server.requests.map((r) => r.status)).toEqual([-1, 503, 200]);
  });
});
