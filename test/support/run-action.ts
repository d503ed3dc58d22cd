/**
 * Runs the bundled action (dist/index.js) as the GitHub runner does: a node process with
 * INPUT_* variables (action.yml defaults filled in), GITHUB_* variables, an event payload file,
 * and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** stdout, stderr, outputs and summary together: where a leaked secret would show. */
  everything: string;
  /** The JSON file named by the `results` output, read before the run's folder is removed. */
  results: unknown;
  /** RUNNER_TEMP, when kept. */
  temp?: string;
}

export interface RunOptions {
  event?: { name: string; payload: unknown };
  /** Extra or replaced environment variables (GITHUB_*, proxies...). */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE, and the step's working folder, as on a runner. */
  workspace?: string;
  /** Keep RUNNER_TEMP (with the results file) after the run; the caller removes `temp`. */
  keepTemp?: boolean;
  timeoutMs?: number;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** What the runner substitutes for the expressions in action.yml defaults. */
const EXPRESSIONS: Record<string, string> = { '${{ job.status }}': 'success', '${{ github.token }}': '' };

export async function actionDefaults(): Promise<Record<string, string>> {
  const yml = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(yml.inputs)) {
    const value = input.default ?? '';
    defaults[name] = EXPRESSIONS[value] ?? value;
  }
  return defaults;
}

export interface PreparedRun {
  dir: string;
  env: Record<string, string>;
  files: { output: string; summary: string; event: string };
  /** Removes the run's temporary folder. */
  cleanUp(): Promise<void>;
}

/** The environment and files the runner gives a step: a fresh temporary folder per run. */
export async function prepareRun(inputs: Record<string, string>, options: RunOptions = {}): Promise<PreparedRun> {
  const dir = await mkdtemp(join(tmpdir(), 'kchat-notify-run-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  const event = options.event ?? { name: 'push', payload: {} };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(event.payload));
  // Built from scratch, not inherited: the machine's own proxy or GITHUB_* variables must not leak in.
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'acme/rocket',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.workspace ?? dir,
  };
  for (const [name, value] of Object.entries({ ...(await actionDefaults()), ...inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(env, options.env);
  return { dir, env, files, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}

export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const run = await prepareRun(inputs, options);
  try {
    const { code, stdout, stderr } = await spawnNode([DIST], run.env, options.timeoutMs ?? 60_000, options.workspace);
    const outputs = parseOutputFile(await readFile(run.files.output, 'utf8'));
    const summary = await readFile(run.files.summary, 'utf8');
    const results = outputs['results'] ? JSON.parse(await readFile(outputs['results'], 'utf8')) : undefined;
    const everything = [stdout, stderr, JSON.stringify(outputs), summary].join('\n');
    return { code, stdout, stderr, outputs, summary, everything, results, ...(options.keepTemp ? { temp: run.dir } : {}) };
  } finally {
    if (!options.keepTemp) await run.cleanUp();
  }
}

/** Runs node (the same binary as this process) with `args`; rejects after `timeoutMs`. */
export function spawnNode(args: string[], env: Record<string, string>, timeoutMs: number, cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/index.js did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The runner's file-command format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!header) continue;
    const [, name, delimiter] = header;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}
