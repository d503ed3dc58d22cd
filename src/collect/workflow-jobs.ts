/**
 * The jobs of this run attempt, from the GitHub API (GITHUB_API_URL, so GitHub Enterprise Server
 * works): one request per 100 jobs, server errors retried and rate limits waited out (primary and
 * secondary) by Octokit's own retry and throttling plugins, within a cap. Octokit is loaded only
 * in workflow mode.
 */
import type { JobRow, JobOutcome } from '../report/model.ts';

export interface JobsRequest {
  token: string;
  apiUrl: string;
  repository: string;
  runId: string;
  attempt: number;
  /** The job running this action (GITHUB_JOB, its id) and its runner (RUNNER_NAME): left out, it is still running. */
  currentJob: string;
  runnerName: string;
  log: (line: string) => void;
  /** Longest wait for a rate limit, in seconds. */
  maxWaitSeconds?: number;
}

export type JobsResult = { kind: 'jobs'; jobs: JobRow[]; requests: number; startedAt: number | undefined } | { kind: 'unavailable'; reason: string };

interface ApiJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  html_url: string | null;
  runner_name: string | null;
}

export async function fetchRunJobs(request: JobsRequest): Promise<JobsResult> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
  const maxWait = request.maxWaitSeconds ?? 60;
  let requests = 0;
  const octokit = getOctokit(
    request.token,
    {
      baseUrl: request.apiUrl,
      throttle: {
        onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => waitOrGiveUp('rate limit', retryAfter, retryCount),
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => waitOrGiveUp('secondary rate limit', retryAfter, retryCount),
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
  octokit.hook.before('request', () => {
    requests++;
  });
  function waitOrGiveUp(what: string, retryAfter: number, retryCount: number): boolean {
    if (retryCount >= 3 || retryAfter > maxWait) {
      request.log(`GitHub API ${what}: giving up (asked to wait ${retryAfter} s).`);
      return false;
    }
    request.log(`GitHub API ${what}: waiting ${retryAfter} s.`);
    return true;
  }
  const [owner, repo] = request.repository.split('/');
  try {
    const jobs = (await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
      owner: owner!,
      repo: repo!,
      run_id: Number(request.runId),
      attempt_number: request.attempt,
      per_page: 100,
    })) as ApiJob[];
    const starts = jobs.map((j) => Date.parse(j.started_at ?? '')).filter((t) => Number.isFinite(t));
    const startedAt = starts.length > 0 ? Math.min(...starts) : undefined;
    // This job: still running, on this runner (its display name may differ from GITHUB_JOB).
    const isThisJob = (j: ApiJob) => j.status !== 'completed' && ((request.runnerName !== '' && j.runner_name === request.runnerName) || j.name === request.currentJob);
    return { kind: 'jobs', jobs: jobs.filter((j) => !isThisJob(j)).map(toRow), requests, startedAt };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      return {
        kind: 'unavailable',
        reason: `the GitHub API refused to list this run's jobs (HTTP ${status}): add "permissions: actions: read" to the workflow or job, or pass a github-token that can read Actions.`,
      };
    }
    return { kind: 'unavailable', reason: `could not list this run's jobs: ${(error as Error).message}` };
  }
}

const OUTCOMES: Record<string, JobOutcome> = {
  success: 'success',
  failure: 'failure',
  timed_out: 'failure',
  startup_failure: 'failure',
  cancelled: 'cancelled',
  skipped: 'skipped',
  neutral: 'success',
};

function toRow(job: ApiJob): JobRow {
  const outcome: JobOutcome = job.status !== 'completed' ? 'running' : (OUTCOMES[job.conclusion ?? ''] ?? 'failure');
  const row: JobRow = { name: job.name, outcome };
  if (job.html_url) row.url = job.html_url;
  if (job.started_at && job.completed_at) {
    const ms = Date.parse(job.completed_at) - Date.parse(job.started_at);
    if (Number.isFinite(ms) && ms >= 0) row.durationMs = ms;
  }
  return row;
}
