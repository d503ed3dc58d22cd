import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { type Config, readConfig } from './config/inputs.ts';
import { InputError } from './config/input-error.ts';
import { type Redact, createRedactor } from './config/redact.ts';
import { type WebhookUrl, parseWebhookUrl } from './config/webhook-url.ts';
import { type Env, readRunContext } from './context/run-context.ts';
import { deliver } from './kchat/deliver.ts';
import { basePayload, mergePayload, validatePayload } from './kchat/payload.ts';
import { MAX_POST_CODE_POINTS, codePointLength } from './kchat/limits.ts';
import type { JobsResult } from './collect/workflow-jobs.ts';
import { type MissingComponent, type Report, failedCount, overallStatus, passedCount, totals, workflowStatus } from './report/model.ts';
import { writeResultsFile } from './report/results-file.ts';
import { fitMessage } from './render/fit.ts';
import { FULL_DETAIL, type MessageSettings, renderMessage } from './render/message.ts';
import type { Runner } from './runner/runner.ts';

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps wrote. */
const MAX_SUMMARY_BYTES = 1_000_000;

/** The action: inputs -> message -> kChat -> outputs. The step fails only on bad input, or on a failed delivery with fail-on-error. */
export async function run(runner: Runner, env: Env): Promise<void> {
  let redact: Redact = (text) => text;
  try {
    const webhook = maskWebhook(runner);
    redact = createRedactor(webhook.secrets);
    const config = readConfig((name) => runner.getInput(name), webhook);
    await notify(runner, env, config, redact);
  } catch (error) {
    if (error instanceof InputError) {
      runner.setFailed(redact(error.message));
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    runner.debug(redact(e.stack ?? e.message));
    runner.setFailed(redact(`kchat-notify failed unexpectedly: ${e.message}`));
  }
}

/** Masks the webhook URL, and its key alone, before anything else can print them. */
function maskWebhook(runner: Runner): WebhookUrl {
  const raw = runner.getInput('webhook-url');
  const first = raw.trim();
  if (first !== '') runner.setSecret(first);
  const webhook = parseWebhookUrl(raw);
  for (const secret of webhook.secrets) if (secret !== first) runner.setSecret(secret);
  const token = runner.getInput('github-token').trim();
  if (token !== '') runner.setSecret(token);
  return { ...webhook, secrets: token === '' ? webhook.secrets : [...webhook.secrets, token] };
}

async function notify(runner: Runner, env: Env, config: Config, redact: Redact): Promise<void> {
  if (config.webhook.insecure) {
    runner.warning('webhook-url uses plain http to a host that is not this machine: the webhook key travels unencrypted. Use https.');
  }
  const context = readRunContext(env, await readEvent(runner, env));
  const components = await collectComponents(runner, env, config);
  const report: Report = { status: overallStatus(config.status, components), jobStatus: config.status, context, components, at: new Date() };
  if (config.mode === 'workflow') {
    const jobs = await runJobs(runner, env, config, redact);
    report.jobs = jobs.kind === 'jobs' ? { kind: 'jobs', jobs: jobs.jobs } : jobs;
    if (jobs.kind === 'jobs') {
      report.status = workflowStatus(jobs.jobs, components);
      // The run so far: from its first job's start.
      if (jobs.startedAt !== undefined) report.durationMs = Math.max(0, report.at.getTime() - jobs.startedAt);
    }
  }
  const settings = messageSettings(config);
  const render = (detail: typeof FULL_DETAIL) => renderMessage(report, settings, detail);
  const text = fitMessage(render, (t) => codePointLength(t) <= MAX_POST_CODE_POINTS).text;
  const payload = validatePayload(mergePayload(basePayload(text, config.overrides), config.payload));
  const message = payload.text ?? '';

  runner.setOutput('status', report.status);
  runner.setOutput('message', redact(message));
  await setResultOutputs(runner, env, report);
  if (config.jobSummary) {
    const summary = fitMessage(render, (t) => Buffer.byteLength(t) <= MAX_SUMMARY_BYTES, { ...FULL_DETAIL, maxFailures: Infinity }).text;
    if (!(await runner.appendSummary(`${redact(summary)}\n`))) runner.debug('No job summary file (GITHUB_STEP_SUMMARY): not running in GitHub Actions.');
  }

  // With if-no-reports: error the step fails; the message still goes out, naming the line.
  const missing = report.components.filter((c): c is MissingComponent => c.kind === 'missing' && c.fatal);
  if (missing.length > 0) {
    runner.setFailed(`reports: no file matched ${missing.map((c) => `"${c.patterns.join(', ')}"`).join(', ')} (if-no-reports: error).`);
  }

  if (config.dryRun) {
    runner.info('dry-run: nothing was posted. The payload would be:');
    runner.info(redact(JSON.stringify(payload, null, 2)));
    runner.setOutput('delivered', 'false');
    runner.setOutput('post-id', '');
    return;
  }

  const result = await deliver(payload, {
    url: config.webhook.url,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    redact,
    env,
    log: (line) => runner.info(line),
    userAgent: 'kchat-notify (GitHub Action)',
  });
  runner.setOutput('delivered', String(result.delivered));
  runner.setOutput('post-id', result.delivered ? (result.postId ?? '') : '');
  if (result.delivered) {
    runner.info(`Posted to kChat${result.postId ? ` (post ${result.postId})` : ''} after ${result.attempts} attempt(s).`);
    return;
  }
  const failure = `Could not post to kChat: ${result.error}`;
  if (config.failOnError) runner.setFailed(failure);
  else runner.error(`${failure} (the step stays green: set fail-on-error: true to fail it)`);
}

/** Test results from the `reports` input; the parsers and globbing load only when there are reports. */
async function collectComponents(runner: Runner, env: Env, config: Config): Promise<Report['components']> {
  if (config.reports.length === 0) return [];
  const { collectReports } = await import('./collect/reports/collect.ts');
  const components = await collectReports(config.reports, {
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    ifNoReports: config.ifNoReports,
    warn: (message) => runner.warning(message),
  });
  return components;
}

/** Workflow mode: the run's jobs, or why they could not be listed (the message still goes out). */
async function runJobs(runner: Runner, env: Env, config: Config, redact: Redact): Promise<JobsResult> {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  if (config.githubToken === '' || repository === '' || runId === '') {
    const reason = config.githubToken === '' ? 'mode: workflow needs github-token (its default, ${{ github.token }}, works with "permissions: actions: read").' : 'mode: workflow runs only inside GitHub Actions (no GITHUB_REPOSITORY or GITHUB_RUN_ID).';
    runner.error(reason);
    return { kind: 'unavailable', reason };
  }
  const { fetchRunJobs } = await import('./collect/workflow-jobs.ts');
  const result = await fetchRunJobs({
    token: config.githubToken,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    repository,
    runId,
    attempt: Number(env['GITHUB_RUN_ATTEMPT'] || '1'),
    currentJob: env['GITHUB_JOB'] ?? '',
    log: (line) => runner.info(redact(line)),
  });
  if (result.kind === 'unavailable') {
    runner.error(redact(result.reason));
    return result;
  }
  runner.info(`Listed ${result.jobs.length} jobs of this run in ${result.requests} API request(s).`);
  return result;
}

async function setResultOutputs(runner: Runner, env: Env, report: Report): Promise<void> {
  const sum = totals(report.components);
  runner.setOutput('tests', String(sum.tests));
  runner.setOutput('passed', String(passedCount(sum)));
  runner.setOutput('failed', String(failedCount(sum)));
  runner.setOutput('skipped', String(sum.skipped));
  const path = await writeResultsFile(report, env['RUNNER_TEMP'] || tmpdir());
  runner.setOutput('results', path);
}

function messageSettings(config: Config): MessageSettings {
  const settings: MessageSettings = { language: config.language, timeZone: config.timeZone, mention: config.mention };
  if (config.title) settings.title = config.title;
  if (config.text) settings.text = config.text;
  return settings;
}

async function readEvent(runner: Runner, env: Env): Promise<unknown> {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    runner.warning(`Could not read the event payload ${path}: ${(error as Error).message}`);
    return {};
  }
}
