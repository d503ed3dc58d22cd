/** Release announcements through the bundled action, on real release event payloads. */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../support/fake-github.ts';
import { type FakeKchat, startFakeKchat } from '../support/fake-kchat.ts';
import { eventExample } from '../support/github-events.ts';
import { mentionsInPost } from '../support/mentions.ts';
import { runAction } from '../support/run-action.ts';

let kchat: FakeKchat | undefined;
let github: FakeGithub | undefined;
afterEach(async () => {
  await kchat?.close();
  await github?.close();
  kchat = github = undefined;
});

function releaseEvent(action: string) {
  const payload = eventExample('release', action);
  const release = payload['release'] as Record<string, unknown>;
  release['body'] = '## Changes\n\n- Faster @channel login by @octocat in #42 <!here>\n\n```\n<!channel>\n```';
  release['assets'] = [{ name: 'rocket.tar.gz', size: 2_500_000, browser_download_url: 'https://github.com/Codertocat/Hello-World/releases/download/0.0.1/rocket.tar.gz' }];
  return payload;
}

describe('release announcements', () => {
  it.each(['published', 'released', 'prereleased'])('a %s release posts one safe announcement (mode: auto)', async (action) => {
    kchat = await startFakeKchat();
    const run = await runAction({ 'webhook-url': kchat.hookUrl() }, { event: { name: 'release', payload: releaseEvent(action) }, env: { GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_REF: 'refs/tags/0.0.1', GITHUB_REF_NAME: '0.0.1', GITHUB_REF_TYPE: 'tag' } });
    expect(run.code).toBe(0);
    expect(kchat.posts).toHaveLength(1);
    const post = kchat.posts[0]!;
    expect(post.message).toMatch(/^#### (🚀|🧪) Codertocat\/Hello\\-World: /);
    expect(post.message).toContain('[#42](https://github.com/Codertocat/Hello-World/issues/42)');
    expect(post.message).toContain('- [rocket\\.tar\\.gz](https://github.com/Codertocat/Hello-World/releases/download/0.0.1/rocket.tar.gz) (2.5 MB)');
    expect(mentionsInPost(post)).toEqual([]);
    expect(run.outputs).toMatchObject({ status: 'success', delivered: 'true' });
    expect(run.summary).toContain('##### Changes');
  });

  it.each(['created', 'edited', 'deleted'])('a %s release posts nothing and says why', async (action) => {
    kchat = await startFakeKchat();
    const run = await runAction({ 'webhook-url': kchat.hookUrl() }, { event: { name: 'release', payload: eventExample('release', action) } });
    expect(run.code).toBe(0);
    expect(kchat.requests).toHaveLength(0);
    expect(run.stdout).toContain(`A release was ${action}: nothing to announce (only published, released, prereleased releases are).`);
    expect(run.outputs['delivered']).toBe('false');
  });

  it('mode: release on a tag push finds the release through the API', async () => {
    kchat = await startFakeKchat();
    const release = (eventExample('release', 'published')['release'] as Record<string, unknown>);
    github = await startFakeGithub({ token: 'ghs_releasetoken123', jobs: [], releases: { 'v2.0.0': { ...release, tag_name: 'v2.0.0', name: 'Two', html_url: 'https://github.com/acme/rocket/releases/tag/v2.0.0' } } });
    const env = { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/tags/v2.0.0', GITHUB_REF_NAME: 'v2.0.0', GITHUB_REF_TYPE: 'tag' };
    const run = await runAction({ 'webhook-url': kchat.hookUrl(), mode: 'release', 'github-token': 'ghs_releasetoken123' }, { event: { name: 'push', payload: eventExample('push') }, env });
    expect(run.code).toBe(0);
    expect(kchat.posts[0]!.message).toContain('[Two](https://github.com/acme/rocket/releases/tag/v2.0.0) · tag v2\\.0\\.0');
    expect(run.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_releasetoken123');

    const missing = await runAction({ 'webhook-url': kchat.hookUrl(), mode: 'release', 'github-token': 'ghs_releasetoken123' }, { event: { name: 'push', payload: {} }, env: { ...env, GITHUB_REF: 'refs/tags/v9', GITHUB_REF_NAME: 'v9' } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^::error::Input 'mode': release: no published release for tag v9/m);
  });

  it('mode: release on a branch is an input error', async () => {
    kchat = await startFakeKchat();
    const run = await runAction({ 'webhook-url': kchat.hookUrl(), mode: 'release' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input 'mode': release announces a release, but this push is not for a tag/m);
    expect(kchat.requests).toHaveLength(0);
  });
});
