import { describe, expect, it } from 'vitest';
import { basePayload, mergePayload, validatePayload } from '../../src/kchat/payload.ts';

describe('basePayload', () => {
  it('sets only the overrides that were given, under the webhook field names', () => {
    expect(basePayload('hi', {})).toEqual({ text: 'hi' });
    expect(basePayload('hi', { channel: 'ci', username: 'bot', iconUrl: 'https://x/i.png', iconEmoji: 'rocket' })).toEqual({
      text: 'hi',
      channel: 'ci',
      username: 'bot',
      icon_url: 'https://x/i.png',
      icon_emoji: 'rocket',
    });
  });
});

describe('mergePayload', () => {
  it('merges objects key by key, replaces the rest, removes keys set to null', () => {
    const merged = mergePayload(
      { text: 'ours', channel: 'ci', props: { a: 1, nested: { x: 1 } } },
      { text: 'theirs', channel: null, props: { b: 2, nested: { y: 2 } }, attachments: [{ text: 'x' }] },
    );
    expect(merged).toEqual({ text: 'theirs', props: { a: 1, b: 2, nested: { x: 1, y: 2 } }, attachments: [{ text: 'x' }] });
  });

  it('returns ours untouched without a payload input', () => {
    const base = { text: 'ours' };
    expect(mergePayload(base, undefined)).toBe(base);
  });
});

describe('validatePayload', () => {
  const problem = (value: Record<string, unknown>): string => {
    try {
      validatePayload(value);
    } catch (error) {
      expect((error as { input?: string }).input).toBe('payload');
      return (error as Error).message;
    }
    throw new Error('expected a payload error');
  };

  it('accepts what the server accepts', () => {
    expect(validatePayload({ text: 'x', type: 'custom_ci', priority: { priority: 'urgent', requested_ack: true } })).toBeTruthy();
    expect(validatePayload({ text: '', attachments: [{ text: 'a', fields: [{ title: 't', value: 1, short: 'TRUE' }] }] })).toBeTruthy();
    expect(validatePayload({ text: ' ' })).toBeTruthy(); // whitespace-only text passes on the server too
  });

  it.each([
    [{ text: '' }, /non-empty "text" or at least one attachment/],
    [{ text: '', attachments: [null] }, /non-empty "text"/],
    [{ text: 12 }, /"text" must be a string; got number 12/],
    [{ text: 'x', channel: ['a'] }, /"channel" must be a string/],
    [{ text: 'x', type: 'system_join_channel' }, /"type" must be empty or start with "custom_"/],
    [{ text: 'x', type: 'announcement' }, /"type" must be empty or start with "custom_"/],
    [{ text: 'x', attachments: {} }, /"attachments" must be an array/],
    [{ text: 'x', attachments: [{ fields: [{ short: 1 }] }] }, /short" must be true or false/],
    [{ text: 'x', attachments: [{ fields: [{ short: null }] }] }, /short" must be true or false/],
    [{ text: 'x', priority: {} }, /needs a "priority" key/],
    [{ text: 'x', priority: { priority: 'high' } }, /"important", "urgent"/],
    [{ text: 'x', props: 'p' }, /"props" must be an object/],
    [{ text: 'a'.repeat(16_384) }, /16384 characters; kChat splits posts over 16383/],
    [{ text: 'x', props: { big: 'b'.repeat(300_000) } }, /bytes; kChat refuses bodies over 300000/],
  ])('refuses %#', (value, message) => {
    expect(problem(value)).toMatch(message);
  });

  it('counts code points, not UTF-16 units, against the post limit', () => {
    expect(validatePayload({ text: '😀'.repeat(16_383) })).toBeTruthy();
    expect(problem({ text: '😀'.repeat(16_384) })).toMatch(/16384 characters/);
  });
});
