/**
 * The results message (job and workflow modes): test reports, the run's jobs, the report model,
 * then rendering fitted to kChat and to the job summary.
 */
import { tmpdir } from 'node:os';
import type { Config } from '../config/inputs.ts';
import type { Redact } from '../config/redact.ts';
import type { Env, RunContext } from '../context/run-context.ts';
import { MAX_POST_CODE_POINTS, codePointLength } from '../kchat/limits.ts';
import { type MissingComponent, type Report, failedCount, overallStatus, passedCount, totals, workflowStatus } from '../report/model.ts';
import { writeResultsFile } from '../report/results-file.ts';
import { fitMessage } from '../render/fit.ts';
import { type Detail, FULL_DETAIL, type MessageSettings, renderMessage } from '../render/message.ts';
import type { ComposeLog, Composed } from './composed.ts';

/** GitHub refuses a step summary over 1 MiB; keep a margin. */
export const MAX_SUMMARY_BYTES = 1_000_000;

export async function composeResults(config: Config, env: Env, context: RunContext, settings: MessageSettings, log: ComposeLog, redact: Redact): Promise<Composed> {
  const components = await collectComponents(config, env, log);
  const report: Report = { status: overallStatus(config.status, components), jobStatus: config.status, context, components, at: new Date() };
  if (config.mode === 'workflow') {
    const jobs = await runJobs(config, env, log);
    report.jobs = jobs.kind === 'jobs' ? { kind: 'jobs', jobs: jobs.jobs } : jobs;
    // Without the jobs the run's outcome is unknown: never say it succeeded.
    if (jobs.kind === 'unavailable') report.status = 'failure';
    if (jobs.kind === 'jobs') {
      report.status = workflowStatus(jobs.jobs, components);
      // The run so far: from its first job's start.
      if (jobs.startedAt !== undefined) report.durationMs = Math.max(0, report.at.getTime() - jobs.startedAt);
    }
  }
  const render = (detail: Detail) => renderMessage(report, settings, detail);
  const sum = totals(report.components);
  const composed: Composed = {
    status: report.status,
    text: fitMessage(render, (t) => codePointLength(t) <= MAX_POST_CODE_POINTS).text,
    summary: fitMessage(render, (t) => Buffer.byteLength(t) <= MAX_SUMMARY_BYTES, { ...FULL_DETAIL, maxFailures: Infinity }).text,
    outputs: {
      tests: String(sum.tests),
      passed: String(passedCount(sum)),
      failed: String(failedCount(sum)),
      skipped: String(sum.skipped),
    },
  };
  // The results file is a side output: failing to write it must not stop the message.
  try {
    composed.outputs['results'] = await writeResultsFile(report, env['RUNNER_TEMP'] || tmpdir(), redact);
  } catch (error) {
    log.warning(`Could not write the results file: ${(error as Error).message}`);
  }
  // With if-no-reports: error the step fails; the message still goes out, naming the line.
  const missing = report.components.filter((c): c is MissingComponent => c.kind === 'missing' && c.fatal);
  if (missing.length > 0) composed.failStep = `reports: no file matched ${missing.map((c) => `"${c.patterns.join(', ')}"`).join(', ')} (if-no-reports: error).`;
  return composed;
}

/** Test results from the `reports` input; the parsers and globbing load only when there are reports. */
async function collectComponents(config: Config, env: Env, log: ComposeLog): Promise<Report['components']> {
  if (config.reports.length === 0) return [];
  const { collectReports } = await import('../collect/reports/collect.ts');
  return collectReports(config.reports, { workspace: env['GITHUB_WORKSPACE'] || process.cwd(), ifNoReports: config.ifNoReports, warn: (m) => log.warning(m) });
}

/** Workflow mode: the run's jobs, or why they could not be listed (the message still goes out). */
async function runJobs(config: Config, env: Env, log: ComposeLog) {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  if (config.githubToken === '' || repository === '' || runId === '') {
    const reason =
      config.githubToken === ''
        ? 'mode: workflow needs github-token (its default, ${{ github.token }}, works with "permissions: actions: read").'
        : 'mode: workflow runs only inside GitHub Actions (no GITHUB_REPOSITORY or GITHUB_RUN_ID).';
    log.error(reason);
    return { kind: 'unavailable' as const, reason };
  }
  const { fetchRunJobs } = await import('../collect/workflow-jobs.ts');
  const result = await fetchRunJobs({
    token: config.githubToken,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    repository,
    runId,
    attempt: Number(env['GITHUB_RUN_ATTEMPT'] || '1'),
    currentJob: env['GITHUB_JOB'] ?? '',
    runnerName: env['RUNNER_NAME'] ?? '',
    log: (line) => log.info(line),
  });
  if (result.kind === 'unavailable') log.error(result.reason);
  else log.info(`Listed ${result.jobs.length} jobs of this run in ${result.requests} API request(s).`);
  return result;
}
