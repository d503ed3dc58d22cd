import { describe, expect, it } from 'vitest';
import { mentionsIn } from './mentions.ts';

// The table in kchat-markdown.md §1, read from the server's ProcessText.
const FIRES = ['@channel', '@CHANNEL', '(@channel)', '@channel.', '@channel!', "@channel's", '@channel:', '@channel_', 'a.@channel', '_@channel', '**@channel**', '# @all', '| @here |', '> @here', '[@here](u)', '\\@channel', '&#64;channel', '@&#99;hannel', '&#x40;channel', '&commat;channel'];
const SILENT = ['x@channel', 'a_@channel', '@@channel', ':@channel:', '`@channel`', '``a ` @channel``', '```\n@channel\n```', 'http://x/@channel', '@\u200bchannel', '@\u200dchannel', '@\u2060channel', '@\u00adchannel', '＠channel', '@\u2060channel\\.', '&amp;#64;channel', '&lt;!channel&gt;'];

describe('mentionsIn (the server rules)', () => {
  it.each(FIRES)('%j fires a channel-wide mention', (text) => {
    const found = mentionsIn(text);
    expect(found.some((m) => ['@channel', '@here', '@all'].includes(m))).toBe(true);
  });

  it.each(SILENT)('%j fires no channel-wide mention', (text) => {
    expect(mentionsIn(text).filter((m) => ['@channel', '@here', '@all'].includes(m))).toEqual([]);
  });

  it('reports user mentions, including both forms the server tries', () => {
    expect(mentionsIn('thanks @alice and @bob_')).toEqual(['@alice', '@bob', '@bob_']);
    expect(mentionsIn('@channel-foo')).toEqual(['@channel-foo']);
    expect(mentionsIn('mail me: me@example.org')).toEqual([]);
  });
});
