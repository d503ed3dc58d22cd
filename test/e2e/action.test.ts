/**
 * The bundled action, run as a process the way the runner starts it, against the fake kChat
 * server. Every run also checks that the webhook key never shows: not in stdout (but for the
 * runner's own ::add-mask:: command), stderr, outputs or the job summary.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HOOK, type FakeKchat, type FakeKchatOptions, startFakeKchat } from '../support/fake-kchat.ts';
import { eventExample } from '../support/github-events.ts';
import { type LoopbackProxy, startProxy } from '../support/http-proxy.ts';
import { mentionsInPost } from '../support/mentions.ts';
import { type ActionRun, type RunOptions, runAction } from '../support/run-action.ts';

let server: FakeKchat | undefined;
let proxy: LoopbackProxy | undefined;
afterEach(async () => {
  await server?.close();
  await proxy?.close();
  server = proxy = undefined;
});



async function notify(serverOptions: FakeKchatOptions, inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<ActionRun> {
  server = await startFakeKchat(serverOptions);
  const run = await runAction({ 'webhook-url': server.hookUrl(), ...inputs }, options);
  expectNoLeak(run, inputs['webhook-url'] ?? server.hookUrl());
  return run;
}

/** The key may appear only in the runner's ::add-mask:: commands, and those come first. */
function expectNoLeak(run: ActionRun, webhookUrl: string): void {
  const key = webhookUrl.split('/hooks/')[1]?.split(/[?#]/)[0] ?? webhookUrl;
  if (key.length < 4) return;
  const lines = run.stdout.split('\n');
  const leaking = lines.filter((line) => line.includes(key) && !line.startsWith('::add-mask::'));
  expect(leaking).toEqual([]);
  expect(run.stderr).not.toContain(key);
  expect(JSON.stringify(run.outputs)).not.toContain(key);
  expect(run.summary).not.toContain(key);
  const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
  const lastMask = lines.findLastIndex((line) => line.startsWith('::add-mask::'));
  expect(lastMask).toBeLessThan(firstOther === -1 ? Infinity : firstOther);
}

describe('delivers the message', () => {
  it("to kChat, with the post id kChat returns, the message in outputs and job summary", async () => {
    const run = await notify({ mode: 'kchat' }, { status: 'failure' }, { event: { name: 'push', payload: eventExample('push') } });
    expect(run.code).toBe(0);
    expect(server!.posts).toHaveLength(1);
    const post = server!.posts[0]!;
    expect(run.outputs).toMatchObject({ delivered: 'true', 'post-id': post.id, status: 'failure' });
    expect(run.outputs['message']).toBe(post.message);
    expect(post.message.split('\n').slice(0, 2)).toEqual(['#### ❌ Build failed: acme/rocket', '@channel please check the failed build.']);
    expect(mentionsInPost(post)).toEqual(['@channel']);
    expect(post.message).toContain('branch main');
    expect(post.message).toContain('[run #17](https://github.com/acme/rocket/actions/runs/4242)');
    expect(run.summary).toContain(post.message);
    expect(JSON.parse(server!.requests[0]!.body)).toEqual({ text: post.message });
    expect(server!.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it("to Mattermost, which answers a plain ok (no post id)", async () => {
    const run = await notify({ mode: 'mattermost' });
    expect(run.outputs).toMatchObject({ delivered: 'true', 'post-id': '' });
    expect(server!.posts).toHaveLength(1);
  });

  it('with the kChat overrides and the payload input merged over ours', async () => {
    const run = await notify(
      { overridesEnabled: true },
      {
        channel: 'ci',
        username: 'Release bot',
        'icon-emoji': 'rocket',
        payload: JSON.stringify({ props: { card: 'More **details**' }, priority: { priority: 'important', requested_ack: true } }),
      },
    );
    expect(run.outputs['delivered']).toBe('true');
    const post = server!.posts[0]!;
    expect(post.channel).toBe('ci');
    expect(post.props).toMatchObject({ override_username: 'Release bot', override_icon_emoji: 'rocket', card: 'More **details**' });
    expect(post.priority).toEqual({ priority: 'important', requested_ack: true });
  });

  it('links the run on GitHub Enterprise Server, and to the re-run attempt', async () => {
    await notify({}, {}, { env: { GITHUB_SERVER_URL: 'https://ghe.acme.internal', GITHUB_RUN_ATTEMPT: '2' } });
    expect(server!.posts[0]!.message).toContain('(https://ghe.acme.internal/acme/rocket/actions/runs/4242/attempts/2)');
  });

  it.each(['success', 'failure'] as const)('on a real pull_request whose title, branch and actor try to ping everyone (%s): only the configured mention', async (status) => {
    const payload = eventExample('pull_request', 'opened');
    (payload['pull_request'] as Record<string, unknown>)['title'] = '@channel <!here> fix [click](http://evil.example) | &#64;all';
    const run = await notify({}, { status }, {
      event: { name: 'pull_request', payload },
      env: { GITHUB_HEAD_REF: '@channel<!all>&#64;here[x](http://evil.example)', GITHUB_REF: 'refs/pull/5/merge', GITHUB_REF_NAME: '5/merge', GITHUB_ACTOR: '@here', GITHUB_TRIGGERING_ACTOR: '<!channel>' },
    });
    expect(run.outputs['delivered']).toBe('true');
    const post = server!.posts[0]!;
    expect(mentionsInPost(post)).toEqual(status === 'failure' ? ['@channel'] : []);
    expect(post.message).toContain(`[PR #${(payload['pull_request'] as { number: number }).number}]`);
    expect(post.message).not.toContain('](http://evil');
  });

  it('on a real push whose 100 KB commit message mentions @all: one post within the limit, no mention', async () => {
    const payload = eventExample('push');
    const head = payload['head_commit'] as { id: string; message: string };
    head.message = `@all <!channel> ${'spam '.repeat(20_000)}`;
    const run = await notify({}, { status: 'success' }, { event: { name: 'push', payload }, env: { GITHUB_SHA: head.id } });
    expect(run.outputs['delivered']).toBe('true');
    expect(server!.posts).toHaveLength(1);
    const post = server!.posts[0]!;
    expect(mentionsInPost(post)).toEqual([]);
    expect(post.message).toContain(`[${head.id.slice(0, 7)}]`);
    expect(Array.from(post.message).length).toBeLessThan(2_000);
  });

  it('in French, with a title, text, and a mention on success', async () => {
    const run = await notify({}, { status: 'success', language: 'fr', 'time-zone': 'Europe/Zurich', mention: '@here @alice', 'mention-on': 'success,failure', title: 'Déploiement @all', text: 'Voir le **tableau de bord**' });
    const post = server!.posts[0]!;
    expect(post.message.split('\n').slice(0, 3)).toEqual(['#### Déploiement @\u2060all', '@here @alice le build a réussi.', 'Voir le **tableau de bord**']);
    expect(post.message).toContain('branche main');
    expect(mentionsInPost(post)).toEqual(['@alice', '@here']);
    expect(run.outputs['status']).toBe('success');
  });
});

describe('recovers from transient failures with exactly one post', () => {
  it.each<[string, FakeKchatOptions['faults'] & object]>([
    ['a reset connection', [{ kind: 'reset' }]],
    ['a 503, then a 502', [{ kind: 'status', status: 503, body: 'unavailable' }, { kind: 'status', status: 502 }]],
    ['a 504', [{ kind: 'status', status: 504 }]],
    ['a 408', [{ kind: 'status', status: 408 }]],
    ['a 429 with Retry-After', [{ kind: 'rate-limit', retryAfterSeconds: 1 }]],
  ])('%s', async (_name, faults) => {
    const run = await notify({ faults }, { retries: '3' });
    expect(run.code).toBe(0);
    expect(run.outputs['delivered']).toBe('true');
    expect(server!.posts).toHaveLength(1);
    expect(server!.requests).toHaveLength(faults.length + 1);
    expect(run.stdout).toMatch(/Attempt 1 of 4 failed: .*Retrying in \d+\.\d s\./);
  });

  it('times out a hung server, then posts on the next attempt', async () => {
    const started = Date.now();
    const run = await notify({ faults: [{ kind: 'hang' }] }, { timeout: '1', retries: '1' });
    expect(run.outputs['delivered']).toBe('true');
    expect(run.stdout).toMatch(/did not answer within 1\.0 s/);
    expect(server!.posts).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('gives up on a server that keeps hanging, without failing the step', async () => {
    const run = await notify({ faults: [{ kind: 'hang' }, { kind: 'hang' }] }, { timeout: '1', retries: '1' });
    expect(run.code).toBe(0);
    expect(run.outputs['delivered']).toBe('false');
    expect(run.stdout).toMatch(/::error::Could not post to kChat: kChat did not answer within 1\.0 s.*gave up after 2 attempts/);
  });
});

describe('permanent errors are tried once and explained', () => {
  it.each<[string, FakeKchatOptions, Record<string, string>, RegExp]>([
    ['an unknown hook', { hooks: {} }, {}, /HTTP 400: kChat does not know this webhook: check webhook-url/],
    ['a channel that does not exist', {}, { channel: 'nope' }, /HTTP 404: the channel does not exist or is archived: check the channel input/],
    ['a locked hook', { hooks: { [DEFAULT_HOOK]: { channel: 'town-square', locked: true } } }, { channel: 'ci' }, /HTTP 403: this webhook is locked to its channel/],
    ['webhooks disabled', { webhooksEnabled: false }, {}, /HTTP 501: incoming webhooks are disabled/],
    ['a body too large', { faults: [{ kind: 'status', status: 413, body: '{"id":"api.context.request_body_too_large.app_error","message":"too large"}' }] }, {}, /HTTP 413: the message is too large/],
    ['a wrapped error id', { errorIds: 'general' }, { channel: 'nope' }, /HTTP 404: not found: check webhook-url, and the channel input/],
  ])('%s', async (_name, serverOptions, inputs, message) => {
    const run = await notify(serverOptions, inputs);
    expect(server!.requests).toHaveLength(1);
    expect(run.code).toBe(0);
    expect(run.outputs['delivered']).toBe('false');
    expect(run.stdout).toMatch(message);
    expect(run.stdout).toMatch(/^::error::Could not post to kChat: .*set fail-on-error: true to fail it\)$/m);
  });

  it('fails the step with fail-on-error', async () => {
    const run = await notify({ hooks: {} }, { 'fail-on-error': 'true' });
    expect(run.code).toBe(1);
    expect(run.outputs['delivered']).toBe('false');
    expect(run.stdout).toMatch(/^::error::Could not post to kChat: HTTP 400/m);
  });

  it("redacts the hook id the server's own message echoes", async () => {
    const run = await notify({ hooks: {}, errorIds: 'general' });
    expect(run.stdout).toMatch(/for incoming webhook \*\*\*\./);
  });
});

describe('proxies, as self-hosted runners set them', () => {
  it('posts through HTTP_PROXY', async () => {
    proxy = await startProxy();
    const run = await notify({}, {}, { env: { HTTP_PROXY: proxy.url } });
    expect(run.outputs['delivered']).toBe('true');
    expect(proxy.seen).toEqual([new URL(server!.origin).host]);
  });

  it('goes around the proxy for NO_PROXY hosts', async () => {
    proxy = await startProxy();
    const run = await notify({}, {}, { env: { http_proxy: proxy.url, no_proxy: '127.0.0.1' } });
    expect(run.outputs['delivered']).toBe('true');
    expect(proxy.seen).toEqual([]);
  });
});

describe('dry run', () => {
  it('renders and prints the payload, posts nothing', async () => {
    const run = await notify({}, { 'dry-run': 'true', channel: 'ci' });
    expect(server!.requests).toHaveLength(0);
    expect(run.outputs).toMatchObject({ delivered: 'false', status: 'success' });
    expect(run.stdout).toContain('dry-run: nothing was posted');
    expect(run.stdout).toContain('"channel": "ci"');
    expect(run.summary).toContain(run.outputs['message']);
  });
});

describe('input errors fail the step, name the input, and print no secret', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['a missing webhook URL', { 'webhook-url': '' }, /Input 'webhook-url': is required/],
    ['a URL without a hook key', { 'webhook-url': 'https://chat.example.org/api/v4/secretish123' }, /Input 'webhook-url': must end with \/hooks\/<key>/],
    ['a malformed URL', { 'webhook-url': 'chat.example.org/hooks/abc123secret' }, /Input 'webhook-url': is not an absolute URL/],
    ['bad payload JSON', { payload: '{"text": ' }, /Input 'payload': is not valid JSON/],
    ['a payload that is not an object', { payload: '[]' }, /Input 'payload': must be a JSON object/],
    ['a system post type', { payload: '{"type":"system_generic"}' }, /Input 'payload': "type" must be empty or start with "custom_"/],
    ['a non-numeric timeout', { timeout: 'soon' }, /Input 'timeout': must be a number/],
    ['an unknown status', { status: 'green' }, /Input 'status': must be one of success, failure, cancelled, skipped/],
    ['an unknown language', { language: 'klingon' }, /Input 'language': must be one of en, fr, de, it, es/],
    ['an unknown time zone', { 'time-zone': 'Europe/Atlantis' }, /Input 'time-zone': "Europe\/Atlantis" is not an IANA time zone/],
    ['a bad mention', { mention: '<!channel>' }, /Input 'mention': "<!channel>" is not @channel/],
  ])('%s', async (_name, inputs, message) => {
    const run = await notify({}, inputs);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error::${message.source}`, 'm'));
    expect(server!.requests).toHaveLength(0);
    if (inputs['webhook-url']) expect(run.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain('secret');
  });

  it('reports a runner without a usable GITHUB_OUTPUT as an error, not a crash', async () => {
    server = await startFakeKchat();
    const run = await runAction({ 'webhook-url': server.hookUrl(), 'dry-run': 'true' }, { env: { GITHUB_OUTPUT: '/nonexistent/kchat-notify/output' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::kchat-notify failed unexpectedly: Missing file at path: \/nonexistent\/kchat-notify\/output$/m);
    expect(run.stderr).toBe('');
  });

  it('warns when the key would travel over plain http to another host', async () => {
    server = await startFakeKchat();
    const run = await runAction({ 'webhook-url': 'http://kchat.invalid/hooks/abc123', 'dry-run': 'true' });
    expect(run.stdout).toMatch(/^::warning::webhook-url uses plain http/m);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('abc123');
  });
});
