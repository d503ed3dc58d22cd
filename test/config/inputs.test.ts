import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/inputs.ts';

const URL_INPUT = 'https://chat.example.org/hooks/abc123';

function config(inputs: Record<string, string>) {
  return readConfig((name) => inputs[name] ?? '', undefined);
}

function inputError(inputs: Record<string, string>): Error & { input?: string } {
  try {
    config(inputs);
  } catch (error) {
    return error as Error & { input?: string };
  }
  throw new Error('expected an input error');
}

describe('readConfig', () => {
  it('reads always and never for mention-on', () => {
    expect(config({ 'webhook-url': URL_INPUT, 'mention-on': 'always' }).mention.on).toEqual(new Set(['success', 'failure', 'cancelled', 'skipped']));
    expect(config({ 'webhook-url': URL_INPUT, 'mention-on': 'never' }).mention.on).toEqual(new Set());
  });

  it('applies the documented defaults', () => {
    const c = config({ 'webhook-url': URL_INPUT });
    expect(c).toMatchObject({ status: 'success', dryRun: false, failOnError: false, jobSummary: true, timeoutMs: 10_000, retries: 3, payload: undefined, overrides: {} });
    expect(c).toMatchObject({ mention: { who: [], on: new Set(['failure']) }, language: 'en', timeZone: 'UTC', title: undefined, text: undefined });
  });

  it('reads every input', () => {
    const c = config({
      'webhook-url': URL_INPUT,
      status: 'Failure',
      channel: 'ci',
      username: 'CI bot',
      'icon-url': 'https://example.org/bot.png',
      'icon-emoji': 'rocket',
      payload: '{"props":{"card":"x"}}',
      'job-summary': 'false',
      'dry-run': 'TRUE',
      'fail-on-error': 'True',
      timeout: '2.5',
      retries: '0',
      mention: '@channel alice, @Bob.Smith @HERE',
      'mention-on': 'failure, Cancelled',
      title: 'Nightly',
      text: 'See **this**',
      language: 'FR',
      'time-zone': 'europe/zurich',
    });
    expect(c.mention).toEqual({ who: ['@channel', '@alice', '@Bob.Smith', '@here'], on: new Set(['failure', 'cancelled']) });
    expect([c.title, c.text, c.language, c.timeZone]).toEqual(['Nightly', 'See **this**', 'fr', 'Europe/Zurich']);
    expect(c.status).toBe('failure');
    expect(c.overrides).toEqual({ channel: 'ci', username: 'CI bot', iconUrl: 'https://example.org/bot.png', iconEmoji: 'rocket' });
    expect(c.payload).toEqual({ props: { card: 'x' } });
    expect([c.jobSummary, c.dryRun, c.failOnError, c.timeoutMs, c.retries]).toEqual([false, true, true, 2500, 0]);
  });

  it.each([
    [{ status: 'green' }, 'status', /success, failure, cancelled, skipped/],
    [{ timeout: 'ten' }, 'timeout', /a number from 1 to 300/],
    [{ timeout: '0' }, 'timeout', /from 1 to 300/],
    [{ timeout: '-5' }, 'timeout', /a number/],
    [{ retries: '1.5' }, 'retries', /whole number/],
    [{ retries: '11' }, 'retries', /from 0 to 10/],
    [{ 'dry-run': 'yes' }, 'dry-run', /true or false/],
    [{ 'fail-on-error': '1' }, 'fail-on-error', /true or false/],
    [{ 'job-summary': 'no' }, 'job-summary', /true or false/],
    [{ payload: '{oops' }, 'payload', /not valid JSON/],
    [{ payload: '[1,2]' }, 'payload', /must be a JSON object.*an array/],
    [{ payload: '"text"' }, 'payload', /must be a JSON object/],
    [{ 'icon-url': 'bot.png' }, 'icon-url', /absolute http\(s\) URL/],
    [{ mention: '@channel!' }, 'mention', /"@channel!" is not @channel, @here, @all or a kChat username/],
    [{ mention: '<!channel>' }, 'mention', /is not @channel/],
    [{ 'mention-on': 'failed' }, 'mention-on', /"failed" is not one of success, failure, cancelled, skipped, always, never/],
    [{ 'mention-on': 'never, failure' }, 'mention-on', /"never" cannot be combined/],
    [{ language: 'pt' }, 'language', /must be one of en, fr, de, it, es/],
    [{ 'time-zone': 'Mars/Olympus' }, 'time-zone', /"Mars\/Olympus" is not an IANA time zone/],
  ])('%j is an error naming %s', (inputs, name, message) => {
    const error = inputError({ 'webhook-url': URL_INPUT, ...inputs });
    expect(error.input).toBe(name);
    expect(error.message).toContain(`Input '${name}'`);
    expect(error.message).toMatch(message);
  });
});
