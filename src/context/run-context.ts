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
  sha: string;
  actor: string;
  runNumber: string;
  /** The run's page, pointing at this attempt when it is a re-run. Undefined outside GitHub Actions. */
  runUrl: string | undefined;
}

export type Env = Readonly<Record<string, string | undefined>>;

export function readRunContext(env: Env, event: unknown): RunContext {
  const payload = isRecord(event) ? event : {};
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] || stringAt(payload, 'repository', 'full_name') || '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
  let runUrl: string | undefined;
  if (repository !== '' && /^\d+$/.test(runId)) {
    runUrl = `${serverUrl}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
  }
  return {
    serverUrl,
    repository,
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: readRef(env),
    sha: env['GITHUB_SHA'] ?? '',
    actor: env['GITHUB_ACTOR'] || stringAt(payload, 'sender', 'login') || '',
    runNumber: env['GITHUB_RUN_NUMBER'] ?? '',
    runUrl,
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
