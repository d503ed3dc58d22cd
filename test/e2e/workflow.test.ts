/**
 * mode: workflow through the bundled action: a fake GitHub API and a fake kChat on loopback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGithub, type GithubFault, matrixJobs, startFakeGithub } from '../support/fake-github.ts';
import { type FakeKchat, startFakeKchat } from '../support/fake-kchat.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsInPost } from '../support/mentions.ts';
import { runAction } from '../support/run-action.ts';

const TOKEN = 'ghs_e2eworkflowtoken0123456789';
let kchat: FakeKchat | undefined;
let github: FakeGithub | undefined;
afterEach(async () => {
  await kchat?.close();
  await github?.close();
  kchat = github = undefined;
});

async function summarise(jobs: ReturnType<typeof matrixJobs>, faults: GithubFault[] = [], inputs: Record<string, string> = {}) {
  kchat = await startFakeKchat();
  github = await startFakeGithub({ token: TOKEN, jobs, faults });
  const run = await runAction(
    { 'webhook-url': kchat.hookUrl(), mode: 'workflow', 'github-token': TOKEN, ...inputs },
    { env: { GITHUB_API_URL: github.url, GITHUB_JOB: 'notify' } },
  );
  expect(run.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  return run;
}

describe('mode: workflow', () => {
  it('summarises a 1,000-job run in one post within limits, every failed job linked, one API call per 100 jobs', async () => {
    // 999 matrix legs and this notify job: 1,000 jobs, 10 pages.
    const run = await summarise(matrixJobs(999, { failEvery: 25, running: ['notify'] }));
    expect(run.code).toBe(0);
    expect(github!.requests).toHaveLength(10);
    expect(kchat!.posts).toHaveLength(1);
    const post = kchat!.posts[0]!;
    expect(Array.from(post.message).length).toBeLessThanOrEqual(16_383);
    expect(post.message).toContain('**Jobs**: 39 failed · 960 passed');
    const links = parseMarkdown(post.message).links;
    for (let i = 24; i < 999; i += 25) expect(links).toContain(`https://github.com/acme/rocket/actions/runs/4242/job/${900_000 + i}`);
    expect(post.message).toContain('| 960 more jobs passed | ✅ | |');
    expect(run.outputs['status']).toBe('failure');
    expect(mentionsInPost(post)).toEqual(['@channel']);
    expect(run.stdout).toContain('Listed 999 jobs of this run in 10 API request(s).');
  });

  it('reports a green matrix as a success, not counting its own running job', async () => {
    const run = await summarise(matrixJobs(3, { running: ['notify'] }));
    expect(run.outputs['status']).toBe('success');
    expect(kchat!.posts[0]!.message).toContain('**Jobs**: 3 passed');
    expect(mentionsInPost(kchat!.posts[0]!)).toEqual([]);
  });

  it('is cancelled when a leg was cancelled and none failed', async () => {
    const run = await summarise(matrixJobs(4, { cancelled: 1 }));
    expect(run.outputs['status']).toBe('cancelled');
  });

  it('waits out a secondary rate limit and recovers from a 502', async () => {
    const run = await summarise(matrixJobs(120, { failEvery: 60 }), [{ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, { kind: 'status', status: 502 }]);
    expect(run.outputs['status']).toBe('failure');
    expect(run.stdout).toContain('GitHub API secondary rate limit: waiting 1 s.');
    expect(kchat!.posts[0]!.message).toContain('**Jobs**: 2 failed · 118 passed');
  });

  it('on a 403 says to add permissions: actions: read, and still posts what it knows', async () => {
    const run = await summarise(matrixJobs(5), [{ kind: 'forbidden' }], { status: 'success' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::error::the GitHub API refused to list this run's jobs \(HTTP 403\): add "permissions: actions: read" to the workflow or job/m);
    expect(kchat!.posts).toHaveLength(1);
    expect(kchat!.posts[0]!.message).toContain('⚠️ jobs unavailable: `the GitHub API refused');
    expect(run.outputs['delivered']).toBe('true');
  });
});
