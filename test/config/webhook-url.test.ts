import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/config/input-error.ts';
import { createRedactor } from '../../src/config/redact.ts';
import { parseWebhookUrl } from '../../src/config/webhook-url.ts';

const KEY = 'x1y2z3secretkey';

describe('parseWebhookUrl', () => {
  it('accepts a kChat hook URL and names its secrets', () => {
    const hook = parseWebhookUrl(`  https://acme.kchat.infomaniak.com/hooks/${KEY}\n`);
    expect(hook.key).toBe(KEY);
    expect(hook.url.href).toBe(`https://acme.kchat.infomaniak.com/hooks/${KEY}`);
    expect(hook.insecure).toBe(false);
    expect(hook.secrets).toContain(KEY);
    expect(hook.secrets).toContain(`https://acme.kchat.infomaniak.com/hooks/${KEY}`);
  });

  it('forgives a trailing slash', () => {
    expect(parseWebhookUrl(`https://host/hooks/${KEY}/`).url.href).toBe(`https://host/hooks/${KEY}`);
  });

  it('accepts a server under a sub-path and a query', () => {
    const hook = parseWebhookUrl(`https://chat.example.org/mattermost/hooks/${KEY}?slack_return_format=true`);
    expect(hook.key).toBe(KEY);
    expect(hook.url.searchParams.get('slack_return_format')).toBe('true');
  });

  it('flags plain http to another host, not to loopback', () => {
    expect(parseWebhookUrl(`http://chat.example.org/hooks/${KEY}`).insecure).toBe(true);
    expect(parseWebhookUrl(`http://127.0.0.1:8065/hooks/${KEY}`).insecure).toBe(false);
    expect(parseWebhookUrl(`http://localhost/hooks/${KEY}`).insecure).toBe(false);
    expect(parseWebhookUrl(`http://[::1]:8065/hooks/${KEY}`).insecure).toBe(false);
  });

  it.each([
    ['', /is required/],
    ['not a url', /not an absolute URL/],
    [`ftp://host/hooks/${KEY}`, /must use https/],
    ['https://host/api/v4/posts', /must end with \/hooks\/<key>/],
    ['https://host/hooks/abc-def', /must end with \/hooks\/<key>/],
    [`https://user:pw@host/hooks/${KEY}`, /user name or password/],
  ])('refuses %j, naming the input and never echoing the value', (raw, message) => {
    let error: unknown;
    try {
      parseWebhookUrl(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('webhook-url');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^Input 'webhook-url'/);
    if (raw.includes(KEY)) expect((error as Error).message).not.toContain(KEY);
  });
});

describe('createRedactor', () => {
  it('hides every secret, longest first, wherever it appears', () => {
    const url = `https://host/hooks/${KEY}`;
    const redact = createRedactor([KEY, url]);
    expect(redact(`POST ${url} failed; hook ${KEY} unknown; again ${url}`)).toBe('POST *** failed; hook *** unknown; again ***');
  });

  it('leaves text alone when there is no secret', () => {
    expect(createRedactor([])('plain')).toBe('plain');
    expect(createRedactor([''])('plain')).toBe('plain');
  });
});
