import { afterEach, describe, expect, it } from 'vitest';
import { fetchRunJobs } from '../../src/collect/workflow-jobs.ts';
import { type FakeGithub, type FakeGithubOptions, matrixJobs, startFakeGithub } from '../support/fake-github.ts';

const TOKEN = 'ghs_faketoken0123456789';
let github: FakeGithub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function fetchWith(options: Omit<FakeGithubOptions, 'token'>) {
  github = await startFakeGithub({ token: TOKEN, ...options });
  const logs: string[] = [];
  const result = await fetchRunJobs({ token: TOKEN, apiUrl: github.url, repository: 'acme/rocket', runId: '4242', attempt: 1, currentJob: 'notify', runnerName: 'runner-notify', log: (l) => logs.push(l) });
  return { result, logs, github };
}

describe('fetchRunJobs', () => {
  it.each([
    [1, 1],
    [100, 1],
    [101, 2],
    [1000, 10],
  ])('lists %i jobs in %i request(s) of 100', async (count, calls) => {
    const { result, github } = await fetchWith({ jobs: matrixJobs(count, { failEvery: 10 }) });
    expect(result.kind).toBe('jobs');
    expect(result.kind === 'jobs' && result.jobs).toHaveLength(count);
    expect(github.requests).toHaveLength(calls);
    expect(github.requests[0]!.path).toMatch(/per_page=100/);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('maps conclusions, durations and links, and leaves out the running job of this action', async () => {
    const jobs = matrixJobs(3, { failEvery: 3, cancelled: 1, running: ['notify', 'deploy'] });
    jobs[1]!.conclusion = 'timed_out';
    const { result } = await fetchWith({ jobs });
    expect(result.kind === 'jobs' && result.jobs.map((j) => [j.name, j.outcome, j.durationMs])).toEqual([
      ['test (ubuntu-latest, 18, shard 0)', 'cancelled', 60_000],
      ['test (ubuntu-latest, 20, shard 1)', 'failure', 73_000],
      ['test (ubuntu-latest, 22, shard 2)', 'failure', 86_000],
      ['deploy', 'running', undefined],
    ]);
    expect(result.kind === 'jobs' && result.jobs[0]!.url).toBe('https://github.com/acme/rocket/actions/runs/4242/job/900000');
  });

  it("leaves out this job by its runner, whatever its display name", async () => {
    const jobs = matrixJobs(2, { running: ['Notify the team'] });
    jobs.at(-1)!.runner_name = 'runner-notify';
    const { result } = await fetchWith({ jobs });
    expect(result.kind === 'jobs' && result.jobs.map((j) => j.name)).toEqual(['test (ubuntu-latest, 18, shard 0)', 'test (ubuntu-latest, 20, shard 1)']);
  });

  it('explains a 403 and a 404: add permissions actions read', async () => {
    for (const kind of ['forbidden', 'not-found'] as const) {
      const { result } = await fetchWith({ jobs: matrixJobs(2), faults: [{ kind }] });
      expect(result).toEqual({ kind: 'unavailable', reason: expect.stringMatching(/HTTP 40[34]\): add "permissions: actions: read" to the workflow or job/) });
      await github!.close();
      github = undefined;
    }
  });

  it('waits out a secondary rate limit, then lists the jobs', async () => {
    const { result, logs, github } = await fetchWith({ jobs: matrixJobs(150), faults: [{ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }] });
    expect(result.kind === 'jobs' && result.jobs).toHaveLength(150);
    expect(logs).toContain('GitHub API secondary rate limit: waiting 1 s.');
    expect(github.requests).toHaveLength(3);
  });

  it('retries a 502 and recovers', async () => {
    const { result, github } = await fetchWith({ jobs: matrixJobs(5), faults: [{ kind: 'status', status: 502 }] });
    expect(result.kind === 'jobs' && result.jobs).toHaveLength(5);
    expect(github.requests).toHaveLength(2);
  });
});
