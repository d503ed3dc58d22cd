import { EnvHttpProxyAgent, MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/config/redact.ts';
import { type DeliveryOptions, deliver } from '../../src/kchat/deliver.ts';
import { DEFAULT_HOOK, type FakeKchat, type FakeKchatOptions, type Fault, startFakeKchat } from '../support/fake-kchat.ts';
import { type LoopbackProxy, startProxy } from '../support/http-proxy.ts';

let server: FakeKchat | undefined;
let proxy: LoopbackProxy | undefined;
afterEach(async () => {
  await server?.close();
  await proxy?.close();
  server = proxy = undefined;
});

interface Run {
  waits: number[];
  logs: string[];
}

/** Delivers 'hello' to a fresh fake server, at `path` (default: its known hook) unless options.url says otherwise. */
async function send(serverOptions: FakeKchatOptions, options: Partial<DeliveryOptions> = {}, path = `/hooks/${DEFAULT_HOOK}`) {
  server = await startFakeKchat(serverOptions);
  const run: Run = { waits: [], logs: [] };
  const url = options.url ?? new URL(path, server.origin);
  const key = url.pathname.split('/').at(-1)!;
  const result = await deliver(
    { text: 'hello' },
    {
      url,
      timeoutMs: 2000,
      retries: 3,
      redact: createRedactor([url.href, key]),
      env: {},
      log: (line) => run.logs.push(line),
      sleep: async (ms) => {
        run.waits.push(ms);
      },
      random: () => 0.5,
      ...options,
    },
  );
  return { result, run, server };
}

describe('deliver: success', () => {
  it("returns kChat's post id", async () => {
    const { result, server } = await send({ mode: 'kchat' });
    expect(result).toEqual({ delivered: true, attempts: 1, postId: server.posts[0]!.id });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ text: 'hello' });
  });

  it("accepts Mattermost's plain ok", async () => {
    const { result, server } = await send({ mode: 'mattermost' });
    expect(result).toEqual({ delivered: true, attempts: 1, postId: undefined });
    expect(server.posts).toHaveLength(1);
  });
});

describe('deliver: transient failures are retried and end in exactly one post', () => {
  it.each<[string, Fault[]]>([
    ['a reset connection', [{ kind: 'reset' }]],
    ['503 then 502 then 504', [{ kind: 'status', status: 503 }, { kind: 'status', status: 502 }, { kind: 'status', status: 504 }]],
    ['408', [{ kind: 'status', status: 408 }]],
    ['429 with Retry-After', [{ kind: 'rate-limit', retryAfterSeconds: 2 }]],
  ])('%s', async (_name, faults) => {
    const { result, run, server } = await send({ faults });
    expect(result.delivered).toBe(true);
    expect(result.attempts).toBe(faults.length + 1);
    expect(server.posts).toHaveLength(1);
    expect(run.waits).toHaveLength(faults.length);
    expect(run.logs.join('\n')).toMatch(/Attempt 1 of 4 failed/);
  });

  it('waits as long as Retry-After says, and backs off exponentially otherwise', async () => {
    const { run } = await send({ faults: [{ kind: 'rate-limit', retryAfterSeconds: 3 }, { kind: 'status', status: 503 }, { kind: 'status', status: 503 }] });
    expect(run.waits).toEqual([3000, 1500, 3000]);
  });

  it('times out a hung server and retries', async () => {
    const { result, run, server } = await send({ faults: [{ kind: 'hang' }] }, { timeoutMs: 300 });
    expect(result).toMatchObject({ delivered: true, attempts: 2 });
    expect(run.logs[0]).toMatch(/did not answer within 0\.3 s/);
    expect(server.posts).toHaveLength(1);
  });

  it('gives up after the retries, saying why', async () => {
    const faults = Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 503 }));
    const { result, server } = await send({ faults }, { retries: 2 });
    expect(result).toMatchObject({ delivered: false, attempts: 3, permanent: false });
    expect(result.delivered === false && result.error).toMatch(/HTTP 503: kChat is unavailable\. \(gave up after 3 attempts\)/);
    expect(server.posts).toHaveLength(0);
  });

  it('never waits past the two-minute budget', async () => {
    const { result, run } = await send({ faults: [{ kind: 'rate-limit', retryAfterSeconds: 600 }] });
    expect(run.waits).toEqual([]);
    expect(result.delivered === false && result.error).toMatch(/waiting 600\.0 s more would exceed the 120\.0 s retry budget/);
  });

  it('reports an unreachable server as a network error', async () => {
    server = await startFakeKchat();
    const url = server.hookUrl();
    await server.close();
    const { result } = await send({}, { url: new URL(url), retries: 1 });
    expect(result).toMatchObject({ delivered: false, attempts: 2 });
    expect(result.delivered === false && result.error).toMatch(/could not reach kChat: .*ECONNREFUSED/);
  });
});

describe('deliver: what would fail again is not retried', () => {
  it.each(['CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'DEPTH_ZERO_SELF_SIGNED_CERT'])('%s (no connection leaves the machine: undici MockAgent)', async (code) => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get('https://kchat.example.org').intercept({ path: '/hooks/abc', method: 'POST' }).replyWithError(Object.assign(new Error(`boom ${code}`), { code }));
    const { result, run } = await send({}, { url: new URL('https://kchat.example.org/hooks/abc'), dispatcher: agent });
    expect(result).toMatchObject({ delivered: false, attempts: 1, permanent: true });
    expect(result.delivered === false && result.error).toContain(code);
    expect(run.waits).toEqual([]);
  });

  it.each(['ECONNRESET', 'ENOTFOUND'])('but %s (a reset, a passing DNS failure) is retried (MockAgent)', async (code) => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('https://kchat.example.org');
    pool.intercept({ path: '/hooks/abc', method: 'POST' }).replyWithError(Object.assign(new Error(`boom ${code}`), { code }));
    pool.intercept({ path: '/hooks/abc', method: 'POST' }).reply(200, 'ok');
    const { result } = await send({}, { url: new URL('https://kchat.example.org/hooks/abc'), dispatcher: agent });
    expect(result).toMatchObject({ delivered: true, attempts: 2 });
  });

  it('a malformed proxy setting is a delivery failure, not a crash', async () => {
    const { result } = await send({}, { env: { HTTP_PROXY: 'http://[::not-a-host' } });
    expect(result).toMatchObject({ delivered: false, attempts: 0, permanent: true });
    expect(result.delivered === false && result.error).toMatch(/the proxy settings are not usable .*: check HTTPS_PROXY, HTTP_PROXY and NO_PROXY\./);
  });

  it('a 2xx whose body breaks off counts as delivered, so it is never posted twice', async () => {
    const { createServer } = await import('node:http');
    let posts = 0;
    const broken = createServer((req, res) => {
      posts++;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"id":"abc');
      setTimeout(() => res.destroy(), 20);
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const port = (broken.address() as { port: number }).port;
    const { result } = await send({}, { url: new URL(`http://127.0.0.1:${port}/hooks/abc`) });
    await new Promise<void>((resolve) => broken.close(() => resolve()));
    expect(result).toMatchObject({ delivered: true, attempts: 1 });
    expect(posts).toBe(1);
  });
});

describe('deliver: permanent errors are tried once, explained, and redacted', () => {
  it.each<[string, FakeKchatOptions, string, RegExp]>([
    ['unknown hook', {}, '/hooks/unknownhook99', /HTTP 400: kChat does not know this webhook: check webhook-url/],
    ['channel not found', { hooks: { [DEFAULT_HOOK]: { channel: 'gone' } } }, `/hooks/${DEFAULT_HOOK}`, /HTTP 404: the webhook's own channel no longer exists/],
    ['webhooks disabled', { webhooksEnabled: false }, `/hooks/${DEFAULT_HOOK}`, /HTTP 501: incoming webhooks are disabled/],
    ['locked channel (wrapped id)', { errorIds: 'general', hooks: { [DEFAULT_HOOK]: { channel: 'town-square', locked: true } }, faults: [{ kind: 'status', status: 403, body: '{"id":"web.incoming_webhook.general.app_error","message":"Failed for incoming webhook kchatnotifytesthook0123456789."}' }] }, `/hooks/${DEFAULT_HOOK}`, /HTTP 403: kChat refused to post there/],
    ['too large', { faults: [{ kind: 'status', status: 413, body: '{"id":"api.context.request_body_too_large.app_error","message":"The request body is too large."}' }] }, `/hooks/${DEFAULT_HOOK}`, /HTTP 413: the message is too large/],
  ])('%s', async (_name, serverOptions, path, message) => {
    const { result, run, server } = await send(serverOptions, {}, path);
    expect(result).toMatchObject({ delivered: false, attempts: 1, permanent: true });
    const error = result.delivered === false ? result.error : '';
    expect(error).toMatch(message);
    expect(error).toContain('The server said:');
    expect(error).not.toContain(path.split('/').at(-1)!);
    expect(server.requests).toHaveLength(1);
    expect(run.waits).toEqual([]);
  });
});

describe('deliver: proxies', () => {
  it('goes through HTTP_PROXY', async () => {
    proxy = await startProxy();
    const { result, server } = await send({}, { env: { HTTP_PROXY: proxy.url } });
    expect(result.delivered).toBe(true);
    expect(proxy.seen).toEqual([new URL(server.origin).host]);
  });

  it('goes around it for NO_PROXY hosts', async () => {
    proxy = await startProxy();
    const { result } = await send({}, { env: { http_proxy: proxy.url, NO_PROXY: 'localhost,127.0.0.1' } });
    expect(result.delivered).toBe(true);
    expect(proxy.seen).toEqual([]);
  });

  it('passes a given dispatcher through, for tests and callers with their own agent', async () => {
    proxy = await startProxy();
    const { result, server } = await send({}, { dispatcher: new EnvHttpProxyAgent({ httpProxy: proxy.url, noProxy: '' }) });
    expect(result.delivered).toBe(true);
    expect(proxy.seen).toEqual([new URL(server.origin).host]);
  });
});
