import { readFile } from 'node:fs/promises';
import { type Config, readConfig } from './config/inputs.ts';
import { InputError } from './config/input-error.ts';
import { type Redact, createRedactor } from './config/redact.ts';
import { type WebhookUrl, parseWebhookUrl } from './config/webhook-url.ts';
import { type Env, readRunContext } from './context/run-context.ts';
import type { ComposeLog, Composed } from './compose/composed.ts';
import { composeRelease } from './compose/release.ts';
import { composeResults } from './compose/results.ts';
import { deliver } from './kchat/deliver.ts';
import { basePayload, mergePayload, validatePayload } from './kchat/payload.ts';
import type { MessageSettings } from './render/message.ts';
import type { Runner } from './runner/runner.ts';

/** The action: inputs -> message -> kChat -> outputs. The step fails only on bad input, or on a failed delivery with fail-on-error. */
export async function run(runner: Runner, env: Env): Promise<void> {
  let redact: Redact = (text) => text;
  try {
    const webhook = maskSecrets(runner);
    redact = createRedactor(webhook.secrets);
    const config = readConfig((name) => runner.getInput(name), webhook);
    await notify(runner, env, config, redact);
  } catch (error) {
    setOutputSafely(runner, 'delivered', 'false');
    if (error instanceof InputError) {
      runner.setFailed(redact(error.message));
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    runner.debug(redact(e.stack ?? e.message));
    runner.setFailed(redact(`kchat-notify failed unexpectedly: ${e.message}`));
  }
}

/** On the error path an output that cannot be written (no GITHUB_OUTPUT file) must not hide the error itself. */
function setOutputSafely(runner: Runner, name: string, value: string): void {
  try {
    runner.setOutput(name, value);
  } catch {
    // The error being reported says more.
  }
}

/**
 * Masks the webhook URL, its key alone, and the GitHub token, before anything else can print
 * them. The returned secrets are all three: every line we print is redacted against them.
 */
function maskSecrets(runner: Runner): WebhookUrl {
  const raw = runner.getInput('webhook-url');
  const first = raw.trim();
  if (first !== '') runner.setSecret(first);
  const token = runner.getInput('github-token').trim();
  if (token !== '') runner.setSecret(token);
  const webhook = parseWebhookUrl(raw);
  for (const secret of webhook.secrets) if (secret !== first) runner.setSecret(secret);
  return { ...webhook, secrets: token === '' ? webhook.secrets : [...webhook.secrets, token] };
}

async function notify(runner: Runner, env: Env, config: Config, redact: Redact): Promise<void> {
  if (config.webhook.insecure) {
    runner.warning('webhook-url uses plain http to a host that is not this machine: the webhook key travels unencrypted. Use https.');
  }
  const event = await readEvent(runner, env);
  const context = readRunContext(env, event);
  const log: ComposeLog = { info: (m) => runner.info(redact(m)), warning: (m) => runner.warning(redact(m)), error: (m) => runner.error(redact(m)) };
  const settings = messageSettings(config);
  // auto: a release event announces the release; every other event reports this job.
  const mode = config.mode === 'auto' ? (context.eventName === 'release' ? 'release' : 'job') : config.mode;
  const composed = mode === 'release' ? await composeRelease(config, env, context, event, settings, log) : await composeResults(config, env, context, settings, log, redact);
  if (!composed) {
    runner.setOutput('delivered', 'false');
    runner.setOutput('post-id', '');
    return;
  }
  await publish(runner, env, config, redact, composed);
}

/** Outputs, job summary, then kChat (unless a dry run). */
async function publish(runner: Runner, env: Env, config: Config, redact: Redact, composed: Composed): Promise<void> {
  // Test output can quote a secret (a failing test that printed the webhook URL): never post it.
  const payload = validatePayload(mergePayload(basePayload(redact(composed.text), config.overrides), config.payload));
  runner.setOutput('status', composed.status);
  runner.setOutput('message', redact(payload.text ?? ''));
  for (const [name, value] of Object.entries(composed.outputs)) runner.setOutput(name, value);
  if (config.jobSummary) await writeSummary(runner, redact(composed.summary));
  if (composed.failStep) runner.setFailed(redact(composed.failStep));

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

/** The job summary is a side output: a failure to write it is a warning, never a lost message. */
async function writeSummary(runner: Runner, markdown: string): Promise<void> {
  try {
    if (!(await runner.appendSummary(`${markdown}\n`))) runner.debug('No job summary file (GITHUB_STEP_SUMMARY): not running in GitHub Actions.');
  } catch (error) {
    runner.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

function messageSettings(config: Config): MessageSettings {
  const settings: MessageSettings = { language: config.language, timeZone: config.timeZone, mention: config.mention };
  if (config.title) settings.title = config.title;
  if (config.text) settings.text = config.text;
  return settings;
}

async function readEvent(runner: Runner, env: Env): Promise<Record<string, unknown>> {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch (error) {
    runner.warning(`Could not read the event payload ${path}: ${(error as Error).message}`);
    return {};
  }
}
