/**
 * Where and why this run happened, read from the runner's GITHUB_* variables and the event payload
 * (the same sources `@actions/github`'s Context reads, without loading Octokit at start-up).
 * Everything except the server URL is untrusted text for rendering purposes.
 */
export interface RunContext {
  /** `https://github.com`, or the GitHub Enterprise Server URL. */
  serverUrl: string;
  repository: string;
  workflow: string;
  job: string;
  eventName: string;
  /** The branch (for pull requests the head branch), tag, or other ref the run is for. */
  ref: { kind: 'branch' | 'tag' | 'other'; name: string } | undefined;
  /** The commit the run is about: for pull requests the head commit, not the merge commit. */
  commit: { sha: string; url: string; title: string | undefined } | undefined;
  pullRequest: { number: number; title: string; url: string } | undefined;
  actor: string;
  /** Who started this attempt, when it is not the actor (a re-run by someone else). */
  triggeringActor: string | undefined;
  runNumber: string;
  runAttempt: number;
  /** The run's page, pointing at this attempt when it is a re-run. Undefined outside GitHub Actions. */
  runUrl: string | undefined;
}

export type Env = Readonly<Record<string, string | undefined>>;

export function readRunContext(env: Env, event: unknown): RunContext {
  const payload = isRecord(event) ? event : {};
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] || stringAt(payload, 'repository', 'full_name') || '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] || '1');
  let runUrl: string | undefined;
  if (repository !== '' && /^\d+$/.test(runId)) {
    runUrl = `${serverUrl}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
  }
  const actor = env['GITHUB_ACTOR'] || stringAt(payload, 'sender', 'login') || '';
  const triggeringActor = env['GITHUB_TRIGGERING_ACTOR'];
  return {
    serverUrl,
    repository,
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: readRef(env),
    commit: readCommit(env, payload, serverUrl, repository),
    pullRequest: readPullRequest(payload, serverUrl, repository),
    actor,
    triggeringActor: triggeringActor && triggeringActor !== actor ? triggeringActor : undefined,
    runNumber: env['GITHUB_RUN_NUMBER'] ?? '',
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    runUrl,
  };
}

function readCommit(env: Env, payload: Record<string, unknown>, serverUrl: string, repository: string): RunContext['commit'] {
  const sha = stringAt(payload, 'pull_request', 'head', 'sha') ?? env['GITHUB_SHA'] ?? stringAt(payload, 'head_commit', 'id');
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  const headCommitId = stringAt(payload, 'head_commit', 'id');
  const message = headCommitId === undefined || headCommitId === sha ? stringAt(payload, 'head_commit', 'message') : undefined;
  return {
    sha,
    url: repository ? `${serverUrl}/${repository}/commit/${sha}` : '',
    title: message?.split(/\r?\n/)[0],
  };
}

/** The pull request of `pull_request`, `pull_request_target` and review events. */
function readPullRequest(payload: Record<string, unknown>, serverUrl: string, repository: string): RunContext['pullRequest'] {
  const pr = payload['pull_request'];
  if (!isRecord(pr) || typeof pr['number'] !== 'number') return undefined;
  const repo = repository || stringAt(payload, 'repository', 'full_name') || '';
  return {
    number: pr['number'],
    title: typeof pr['title'] === 'string' ? pr['title'] : '',
    url: repo ? `${serverUrl}/${repo}/pull/${pr['number']}` : '',
  };
}

function readRef(env: Env): RunContext['ref'] {
  const head = env['GITHUB_HEAD_REF'];
  if (head) return { kind: 'branch', name: head };
  const ref = env['GITHUB_REF'] ?? '';
  const name = env['GITHUB_REF_NAME'] || ref.replace(/^refs\/(heads|tags)\//, '');
  if (name === '') return undefined;
  if (ref.startsWith('refs/tags/') || env['GITHUB_REF_TYPE'] === 'tag') return { kind: 'tag', name };
  if (ref.startsWith('refs/heads/') || env['GITHUB_REF_TYPE'] === 'branch') return { kind: 'branch', name };
  return { kind: 'other', name };
}

function stringAt(value: Record<string, unknown>, ...path: string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return typeof current === 'string' ? current : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
