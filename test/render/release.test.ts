import { describe, expect, it } from 'vitest';
import { type Release, readRelease } from '../../src/context/release.ts';
import { MAX_POST_CODE_POINTS, codePointLength } from '../../src/kchat/limits.ts';
import { humanSize, renderRelease } from '../../src/render/release.ts';
import { convertSlackLinks, processSlackText } from '../support/fake-kchat.ts';
import { allEventExamples } from '../support/github-events.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsIn } from '../support/mentions.ts';
import { CONTEXT, settings } from '../support/reports.ts';

const onServer = (markdown: string) => convertSlackLinks(processSlackText(markdown, {}));
const RELEASE: Release = {
  tag: 'v1.2.0',
  name: 'Rocket 1.2',
  notes: '## What changed\n\n- Faster login by @octocat in #42\n- Fix crash (#43)\n\n**Full Changelog**: https://github.com/acme/rocket/compare/v1.1.0...v1.2.0',
  url: 'https://github.com/acme/rocket/releases/tag/v1.2.0',
  author: 'octocat',
  prerelease: false,
  assets: [
    { name: 'rocket-linux-x64.tar.gz', size: 12_345_678, url: 'https://github.com/acme/rocket/releases/download/v1.2.0/rocket-linux-x64.tar.gz' },
    { name: 'checksums.txt', size: 312, url: 'https://github.com/acme/rocket/releases/download/v1.2.0/checksums.txt' },
  ],
};

describe('renderRelease', () => {
  it('announces the release: heading, link, tag, author, safe notes, assets with sizes', () => {
    const text = renderRelease(RELEASE, CONTEXT, settings());
    expect(text).toBe(
      [
        '#### 🚀 acme/rocket: Rocket 1\\.2 released',
        '[Rocket 1\\.2](https://github.com/acme/rocket/releases/tag/v1.2.0) · tag v1\\.2\\.0 · by octocat',
        '##### What changed',
        '- Faster login by [@\u2060octocat](https://github.com/octocat) in [#42](https://github.com/acme/rocket/issues/42)\n- Fix crash ([#43](https://github.com/acme/rocket/issues/43))',
        '**Full Changelog**: https://github.com/acme/rocket/compare/v1.1.0...v1.2.0',
        '**Assets**\n- [rocket\\-linux\\-x64\\.tar\\.gz](https://github.com/acme/rocket/releases/download/v1.2.0/rocket-linux-x64.tar.gz) (12.3 MB)\n- [checksums\\.txt](https://github.com/acme/rocket/releases/download/v1.2.0/checksums.txt) (312 B)',
      ].join('\n\n'),
    );
    expect(mentionsIn(onServer(text))).toEqual([]);
  });

  it('marks a pre-release, in the chosen language, and mentions only when mention-on has success', () => {
    const text = renderRelease({ ...RELEASE, prerelease: true }, CONTEXT, settings({ language: 'fr', mention: { who: ['@here'], on: new Set(['success']) } }));
    expect(text.split('\n').slice(0, 2)).toEqual(['#### 🧪 acme/rocket: Rocket 1\\.2 (préversion) publiée', '@here une nouvelle version est disponible.']);
    expect(mentionsIn(onServer(text))).toEqual(['@here']);
  });

  it('cuts 10,000 lines of notes at a block boundary, with a link to the full notes', () => {
    const blocks = Array.from({ length: 2500 }, (_, i) => (i % 50 === 0 ? '```js\nconsole.log("@channel");\n\nmore();\n```' : i % 50 === 1 ? '| a | b |\n|---|---|\n| 1 | 2 |' : `- change ${i} by @dev${i} in #${i}`));
    const notes = `${blocks.join('\n\n')}\n\n${'- more\n'.repeat(5000)}`;
    expect(notes.split('\n').length).toBeGreaterThan(10_000);
    const text = renderRelease({ ...RELEASE, notes }, CONTEXT, settings());
    expect(codePointLength(text)).toBeLessThanOrEqual(MAX_POST_CODE_POINTS);
    expect(codePointLength(text)).toBeGreaterThan(MAX_POST_CODE_POINTS - 2_000);
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    for (const table of parseMarkdown(text).tables) expect(table.rows.every((r) => r.length === 2)).toBe(true);
    expect(text).toContain('_Shortened to fit kChat — [full release notes](https://github.com/acme/rocket/releases/tag/v1.2.0)._');
    expect(mentionsIn(onServer(text))).toEqual([]);
  });

  it("says it cut the notes even without the release's own link, pointing at the tag's release page", () => {
    const notes = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of the notes.`).join('\n\n');
    const text = renderRelease({ ...RELEASE, url: '', notes }, CONTEXT, settings());
    expect(codePointLength(text)).toBeLessThanOrEqual(MAX_POST_CODE_POINTS);
    expect(text).toContain('_Shortened to fit kChat — [full release notes](https://github.com/acme/rocket/releases/tag/v1.2.0)._');
  });

  it('lists 50 assets, and shortens the list only when the post would not fit', () => {
    const assets = Array.from({ length: 50 }, (_, i) => ({ name: `rocket-${i}.zip`, size: i * 1_000_003, url: `https://github.com/acme/rocket/releases/download/v1.2.0/rocket-${i}.zip` }));
    const text = renderRelease({ ...RELEASE, assets }, CONTEXT, settings());
    expect(text.match(/^- \[rocket\\-\d+\\\.zip\]/gm)).toHaveLength(50);
    const long = Array.from({ length: 400 }, (_, i) => ({ ...assets[0]!, name: `rocket-${i}-${'x'.repeat(60)}.zip` }));
    const cut = renderRelease({ ...RELEASE, assets: long }, CONTEXT, settings());
    expect(codePointLength(cut)).toBeLessThanOrEqual(MAX_POST_CODE_POINTS);
    expect(cut).toMatch(/- \d+ more assets/);
  });

  it('links assets and the release only on the GitHub server', () => {
    const text = renderRelease({ ...RELEASE, url: 'https://evil.example/r', assets: [{ name: 'x', size: 1, url: 'https://evil.example/x' }] }, CONTEXT, settings());
    expect(parseMarkdown(text).links.filter((l) => l.includes('evil'))).toEqual([]);
  });

  it('renders every release example of @octokit/webhooks-examples safely', () => {
    const examples = allEventExamples().filter((e) => e.event === 'release');
    expect(examples.length).toBeGreaterThan(10);
    for (const { payload } of examples) {
      const release = readRelease(payload['release']);
      expect(release).toBeDefined();
      const text = renderRelease(release!, { ...CONTEXT, repository: 'Codertocat/Hello-World' }, settings());
      expect(text).toMatch(/^#### (🚀|🧪) Codertocat\/Hello\\-World: /);
      expect(mentionsIn(onServer(text))).toEqual([]);
    }
  });

  it('gives sizes as GitHub does', () => {
    expect([0, 999, 1000, 1_234_567, 5_000_000_000].map(humanSize)).toEqual(['0 B', '999 B', '1.0 kB', '1.2 MB', '5.0 GB']);
  });
});
