import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/render/escape.ts';
import { convertSlackLinks, processSlackText } from '../support/fake-kchat.ts';
import { mentionsIn, textNodes } from '../support/mentions.ts';

/** What the server would see after its Slack conversions, as the fake server records it. */
const onServer = (markdown: string) => convertSlackLinks(processSlackText(markdown, { u1alice: 'alice' }));

describe('escapeText', () => {
  it.each([
    '@channel', '@here', '@all', '@alice', '\\@channel', '&#64;channel', '&commat;here', '<!channel>', '<!here|x>', '<@u1alice>',
    'a.@channel', '_@all', '**@channel**', '[@here](https://x.org)', '`@channel`', '@channel\n@here', 'x&#x40;all',
  ])('%j fires no mention', (text) => {
    expect(mentionsIn(onServer(escapeText(text)))).toEqual([]);
  });

  it('reads back as the literal text once Markdown unescapes it, but for invisible word joiners', () => {
    const text = 'fix: [x](y) *bold* _it_ `code` # h | pipe ~ !img <b>&amp; $x$ 1.2.3-rc @me :ok:';
    const escaped = escapeText(text);
    // textNodes applies the server's backslash and entity decoding.
    expect(textNodes(escaped).replaceAll('\u2060', '')).toBe(text);
  });

  it('makes no link, image, HTML or autolink', () => {
    const escaped = escapeText('![i](https://evil.example/x.png) [l](https://evil.example) <img src=x> https://evil.example www.evil.example');
    expect(escaped).not.toMatch(/!\[|[^\\]\[|<img|https:\/\/|www\./);
  });

  it('keeps to one line and one table cell', () => {
    const escaped = escapeText('a|b\nc\r\nd\u2028e\u0000f');
    expect(escaped).toBe('a\\|b c  d e f');
  });

  it('caps the length in characters of the original, with an ellipsis', () => {
    expect(escapeText('abcdef', 4)).toBe('abc…');
    expect(escapeText('😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(escapeText('abc', 3)).toBe('abc');
  });

  it('for any text: no mention, one line, no unescaped pipe', () => {
    const hostile = fc.constantFrom('@channel', '@here', '@all', '<!channel>', '<@u1alice>', '&#64;', '\\@', '|', '\n', '`', '[', '](', '<', '&', '@', 'https://', '\u2060');
    const piece = fc.oneof(fc.string({ unit: 'binary' }), hostile);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        const escaped = escapeText(text, 500);
        expect(mentionsIn(onServer(escaped))).toEqual([]);
        expect(escaped).not.toMatch(/[\n\r]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*\|/);
      }),
      { numRuns: 2000 },
    );
  });
});
