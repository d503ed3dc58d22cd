/**
 * A fake GitHub REST API on 127.0.0.1 for the run-jobs endpoint, in GitHub's shape: paginated
 * with Link headers, token required, and a fault script (403 forbidden, secondary rate limit,
 * 502) to test the edges.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeJob {
  id: number;
  run_id: number;
  run_attempt: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null;
  started_at: string | null;
  completed_at: string | null;
  html_url: string;
  workflow_name: string;
  head_sha: string;
  labels: string[];
  runner_name: string | null;
  steps: unknown[];
}

export type GithubFault = { kind: 'forbidden' } | { kind: 'not-found' } | { kind: 'secondary-rate-limit'; retryAfterSeconds: number } | { kind: 'status'; status: number };

export interface FakeGithub {
  readonly url: string;
  readonly requests: { path: string; authorization: string | undefined }[];
  readonly faults: GithubFault[];
  close(): Promise<void>;
}

export interface FakeGithubOptions {
  repository?: string;
  runId?: number;
  attempt?: number;
  jobs: FakeJob[];
  token: string;
  faults?: GithubFault[];
  /** Release objects by tag, for GET /repos/{repo}/releases/tags/{tag}. */
  releases?: Record<string, unknown>;
}

/** `count` jobs of a matrix run: every `failEvery`-th one failed, with realistic fields. */
export function matrixJobs(count: number, options: { failEvery?: number; cancelled?: number; running?: string[]; runId?: number } = {}): FakeJob[] {
  const runId = options.runId ?? 4242;
  const jobs: FakeJob[] = [];
  for (let i = 0; i < count; i++) {
    const failed = options.failEvery !== undefined && i % options.failEvery === options.failEvery - 1;
    const cancelled = !failed && i < (options.cancelled ?? 0);
    const start = Date.parse('2026-12-03T10:00:00Z') + i * 1000;
    jobs.push({
      id: 900_000 + i,
      run_id: runId,
      run_attempt: 1,
      name: `test (ubuntu-latest, ${18 + (i % 4) * 2}, shard ${i})`,
      status: 'completed',
      conclusion: failed ? 'failure' : cancelled ? 'cancelled' : 'success',
      started_at: new Date(start).toISOString(),
      completed_at: new Date(start + 60_000 + (i % 7) * 13_000).toISOString(),
      html_url: `https://github.com/acme/rocket/actions/runs/${runId}/job/${900_000 + i}`,
      workflow_name: 'CI',
      head_sha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
      labels: ['ubuntu-latest'],
      runner_name: `GitHub Actions ${i}`,
      steps: [],
    });
  }
  for (const name of options.running ?? []) {
    jobs.push({ ...jobs[0]!, id: 800_000 + jobs.length, name, status: 'in_progress', conclusion: null, completed_at: null });
  }
  return jobs;
}

export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const repository = options.repository ?? 'acme/rocket';
  const path = `/repos/${repository}/actions/runs/${options.runId ?? 4242}/attempts/${options.attempt ?? 1}/jobs`;
  const requests: FakeGithub['requests'] = [];
  const faults = [...(options.faults ?? [])];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push({ path: `${url.pathname}${url.search}`, authorization: req.headers.authorization });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `token ${options.token}` && req.headers.authorization !== `Bearer ${options.token}`) {
      json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    const fault = faults.shift();
    if (fault?.kind === 'forbidden') {
      json(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/actions/workflow-jobs', status: '403' }, { 'x-ratelimit-remaining': '4999' });
      return;
    }
    if (fault?.kind === 'not-found') {
      json(404, { message: 'Not Found', status: '404' });
      return;
    }
    if (fault?.kind === 'secondary-rate-limit') {
      json(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', status: '403' }, { 'retry-after': String(fault.retryAfterSeconds), 'x-ratelimit-remaining': '4000' });
      return;
    }
    if (fault?.kind === 'status') {
      json(fault.status, { message: 'Server Error' });
      return;
    }
    const releaseTag = url.pathname.startsWith(`/repos/${repository}/releases/tags/`) ? decodeURIComponent(url.pathname.split('/').at(-1)!) : undefined;
    if (releaseTag !== undefined) {
      const release = options.releases?.[releaseTag];
      if (release) json(200, release);
      else json(404, { message: 'Not Found', status: '404' });
      return;
    }
    if (url.pathname !== path) {
      json(404, { message: 'Not Found', status: '404' });
      return;
    }
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(options.jobs.length / perPage));
    const link = (p: number) => `<${origin}${path}?per_page=${perPage}&page=${p}>`;
    const links: string[] = [];
    if (page < pages) links.push(`${link(page + 1)}; rel="next"`, `${link(pages)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    json(200, { total_count: options.jobs.length, jobs: options.jobs.slice((page - 1) * perPage, page * perPage) }, links.length ? { link: links.join(', ') } : {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, requests, faults, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
