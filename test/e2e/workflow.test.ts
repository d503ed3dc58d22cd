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
    expect(run.outputs).toMatchObject({ delivered: 'true', status: 'failure' }); // unknown is never reported as a success
  });
});

describe('mode: workflow with the legs\' results files', () => {
  it('merges what each leg wrote into one row per artifact, next to the jobs', async () => {
    const { mkdtemp, mkdir, copyFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeJunit } = await import('../support/junit-files.ts');
    kchat = await startFakeKchat();
    const summary = await mkdtemp(join(tmpdir(), 'kchat-notify-summary-'));
    try {
      for (const [leg, failed] of [['linux', 0], ['macos', 2]] as const) {
        const workspace = await mkdtemp(join(tmpdir(), `kchat-notify-leg-${leg}-`));
        await writeJunit(join(workspace, 'junit.xml'), `Suite${leg}`, 20, failed);
        // Each leg posts nothing (dry run) but writes its results file, uploaded as an artifact.
        const run = await runAction({ 'webhook-url': kchat.hookUrl(), reports: 'Unit: junit.xml', 'dry-run': 'true' }, { workspace, keepTemp: true });
        await mkdir(join(summary, 'artifacts', leg), { recursive: true });
        await copyFile(run.outputs['results']!, join(summary, 'artifacts', leg, 'results.json'));
        await rm(workspace, { recursive: true, force: true });
        await rm(run.temp!, { recursive: true, force: true });
      }
      github = await startFakeGithub({ token: TOKEN, jobs: matrixJobs(2, { failEvery: 2, running: ['notify'] }) });
      const run = await runAction(
        { 'webhook-url': kchat.hookUrl(), mode: 'workflow', 'github-token': TOKEN, reports: 'artifacts/*/results.json' },
        { workspace: summary, env: { GITHUB_API_URL: github.url, GITHUB_JOB: 'notify' } },
      );
      const post = kchat.posts[0]!;
      expect(post.message).toContain('**Jobs**: 1 failed · 1 passed');
      expect(post.message).toContain('| artifacts/linux | 20 | 0 |');
      expect(post.message).toContain('| artifacts/macos | 20 | 2 [(see details)](https://github.com/acme/rocket/actions/runs/4242) |');
      expect(post.message).toContain('- artifacts/macos: `Unit › Suitemacos.Spec › suitemacos_test_0` — `expected 0 but was 1`');
      expect(run.outputs).toMatchObject({ tests: '40', failed: '2', status: 'failure' });
    } finally {
      await rm(summary, { recursive: true, force: true });
    }
  });
});
