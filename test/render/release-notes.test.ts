import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNoteBlocks } from '../../src/render/release-notes.ts';
import { convertSlackLinks, processSlackText } from '../support/fake-kchat.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsIn } from '../support/mentions.ts';

const LINKS = { serverUrl: 'https://github.com', repository: 'acme/rocket' };
const safe = (notes: string) => safeNoteBlocks(notes, LINKS).join('\n\n');
const onServer = (markdown: string) => convertSlackLinks(processSlackText(markdown, { u1alice: 'alice' }));

describe('release notes made safe', () => {
  it('turns GitHub mentions into profile links that ping nobody', () => {
    const text = safe('Thanks @octocat and @hubot-bot for the fixes, cc @channel.');
    expect(text).toBe('Thanks [@\u2060octocat](https://github.com/octocat) and [@\u2060hubot-bot](https://github.com/hubot-bot) for the fixes, cc [@\u2060channel](https://github.com/channel).');
    expect(mentionsIn(onServer(text))).toEqual([]);
  });

  it('links #123 to the issue or pull request', () => {
    expect(safe('Fixes #123 and #45.')).toBe('Fixes [#123](https://github.com/acme/rocket/issues/123) and [#45](https://github.com/acme/rocket/issues/45).');
    expect(safe('## Heading')).toBe('##### Heading');
  });

  it('neutralises Slack tokens, entities and escaped mentions', () => {
    const text = safe('Ping <!channel> <!here> <@u1alice> <https://evil.example|click> &#64;all \\@here user@example.org');
    expect(mentionsIn(onServer(text))).toEqual([]);
    // The URL stays visible text (an autolink of itself); no hidden target behind "click".
    expect(parseMarkdown(onServer(text)).links).not.toContain('https://evil.example');
    expect(onServer(text)).not.toContain('[click]');
  });

  it('drops HTML comments and demotes headings under the message heading', () => {
    expect(safe('<!-- generated -->\n# Title\n\n### Details\n###### Small')).toBe('##### Title\n\n##### Details\n###### Small');
  });

  it('keeps code readable: only invisible word joiners after @, < and &, whatever reading the server makes of it', () => {
    const notes = 'Run `npm i @acme/rocket` then:\n\n```sh\ncurl <!channel> @here &#64;all\n\nmore\n```\n\nDone.';
    const blocks = safeNoteBlocks(notes, LINKS);
    expect(blocks).toEqual(['Run `npm i @\u2060acme/rocket` then:', '```sh\ncurl <\u2060!channel> @\u2060here &\u2060#64;all\n\nmore\n```', 'Done.']);
    expect(mentionsIn(onServer(blocks.join('\n\n')))).toEqual([]);
    // Read as prose (had the server not seen a fence), still nothing fires.
    expect(mentionsIn(onServer(blocks[1]!.replace(/```/g, '')))).toEqual([]);
  });

  it('keeps a fence in a list item whole, and URLs with @ intact', () => {
    const blocks = safeNoteBlocks('1. Install:\n\n    ```sh\n    npm i @scope/pkg\n\n    echo #12\n    ```\n\nSee https://www.npmjs.com/package/@acme/rocket', LINKS);
    expect(blocks[1]).toBe('    ```sh\n    npm i @\u2060scope/pkg\n\n    echo #12\n    ```');
    expect(blocks[2]).toBe('See https://www.npmjs.com/package/@acme/rocket');
  });

  it('demotes setext headings, turns images into links and names empty links', () => {
    expect(safe('Title\n=====\n\nSub\n---')).toBe('##### Title\n\n##### Sub');
    expect(safe('![shot](https://github.com/a.png) [](https://x.example/t)')).toBe('[shot](https://github.com/a.png) [link](https://x.example/t)');
  });

  it('escaped brackets, code spans across list items and odd fences fire nothing', () => {
    for (const notes of ['\\[a](@channel) \\[b](<!channel>) \\[c](&#64;here) [d\\](@here)', '\\`@here`', '[x](b`) @here `', '- a `\n- @here `', '~~~ a`b\n@all\n~~~', '```\nx\n``` ```\n@here\n```']) {
      expect(mentionsIn(onServer(safe(notes))), notes).toEqual([]);
    }
  });

  it('keeps the author\'s links, with their text neutralised', () => {
    expect(safe('See [the @here docs](https://docs.example.org/x).')).toBe('See [the @\u2060here docs](https://docs.example.org/x).');
  });

  it('closes a code block the author left open', () => {
    expect(safeNoteBlocks('```\nnever closed', LINKS)).toEqual(['```\nnever closed\n```']);
  });

  it('for any notes: no mention fires', () => {
    const hostile = fc.constantFrom('@channel', '@here', '@all', '@alice', '<!channel>', '<!here>', '<@u1alice>', '&#64;', '&commat;', '\\@', '@', '`', '```\n', '\n\n', '#1 ', '[x](y)', '<', '&', ':', '\u2060');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 8 }), hostile), { maxLength: 14 }).map((p) => p.join('')), (notes) => {
        expect(mentionsIn(onServer(safe(notes)))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
