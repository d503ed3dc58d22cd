import { describe, expect, it } from 'vitest';
import { explainStatus, postIdFrom } from '../../src/kchat/server-answer.ts';

describe('postIdFrom', () => {
  it("reads kChat's created post, and accepts Mattermost's plain ok", () => {
    expect(postIdFrom('{"id":"abc123","message":"hi"}')).toBe('abc123');
    expect(postIdFrom('ok')).toBeUndefined();
    expect(postIdFrom('{"broken"')).toBeUndefined();
    expect(postIdFrom('{"id":""}')).toBeUndefined();
  });
});

describe('explainStatus', () => {
  const appError = (id: string, message: string, status: number) => JSON.stringify({ id, message, detailed_error: '', request_id: 'r', status_code: status });

  it.each([
    ['web.incoming_webhook.invalid.app_error', 400, /does not know this webhook: check webhook-url/],
    ['web.incoming_webhook.channel.app_error', 404, /check the channel input/],
    ['web.incoming_webhook.disabled.app_error', 501, /disabled on this kChat server/],
    ['web.incoming_webhook.channel_locked.app_error', 403, /locked to its channel/],
  ])('turns the inner id %s into advice', (id, status, hint) => {
    const text = explainStatus(status, appError(id, 'Server words', status));
    expect(text).toMatch(new RegExp(`^HTTP ${status}: `));
    expect(text).toMatch(hint);
    expect(text).toContain(`The server said: ${id}: Server words`);
  });

  it('falls back to the status for the wrapped id current servers send', () => {
    const text = explainStatus(404, appError('web.incoming_webhook.general.app_error', 'Failed to handle the payload', 404));
    expect(text).toMatch(/check webhook-url, and the channel input/);
  });

  it('quotes a plain-text answer', () => {
    expect(explainStatus(429, 'limit exceeded\n')).toBe('HTTP 429: kChat is rate limiting this runner. The server said: limit exceeded');
    expect(explainStatus(502, '')).toBe('HTTP 502: a proxy or gateway in front of kChat failed.');
  });
});
