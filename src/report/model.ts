/**
 * What happened, as plain data: no Markdown, no I/O. Collectors fill it, the renderer reads it.
 */
import type { JobStatus } from '../config/inputs.ts';
import type { RunContext } from '../context/run-context.ts';

export interface FailedTest {
  /** The test's own name, e.g. `rejects a bad password`. */
  name: string;
  /** Where it lives: class or suite, when the report says. */
  suite?: string;
  /** The first line of the failure message, when there is one. */
  message?: string;
  /** A few more lines of the failure (stack trace, diff), for the summary and later steps. */
  details?: string;
  /** The source file and line, when the report says. */
  file?: string;
  line?: number;
  /** Failures and errors (crashes, timeouts) stay apart. */
  kind?: 'failure' | 'error';
}

/** Counts of one component. Failures (assertions) and errors (crashes) stay apart; both count as failed. */
export interface TestCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Passed after failing at least once (reruns, retries); already counted as passed. */
  flaky: number;
}

/** A row of the results table: a component whose reports were read. */
export interface TestedComponent {
  kind: 'tested';
  label: string;
  counts: TestCounts;
  /** The failed tests, in report order (as many as were collected). */
  failed: FailedTest[];
  /** Where to see the details: the component's own page, else the run's. */
  detailsUrl?: string;
}

/** A component whose report could not be read: never counted as passing. */
export interface UnreadableComponent {
  kind: 'unreadable';
  label: string;
  file: string;
  reason: string;
  detailsUrl?: string;
}

/** A `reports` line that matched no file (with if-no-reports: warn or error). */
export interface MissingComponent {
  kind: 'missing';
  label: string;
  /** The line's globs, to name them. */
  patterns: string[];
  /** if-no-reports: error makes a missing report a failure. */
  fatal: boolean;
  detailsUrl?: string;
}

export type ComponentResult = TestedComponent | UnreadableComponent | MissingComponent;

/** What became of one job of the run (workflow mode). */
export type JobOutcome = 'success' | 'failure' | 'cancelled' | 'skipped' | 'running';

export interface JobRow {
  /** The display name, matrix values included: `test (ubuntu-latest, 20)`. */
  name: string;
  outcome: JobOutcome;
  durationMs?: number;
  /** The job's log page. */
  url?: string;
}

/** The run's jobs, or why they could not be listed. */
export type RunJobs = { kind: 'jobs'; jobs: JobRow[] } | { kind: 'unavailable'; reason: string };

export interface Report {
  /** What the message reports: the job's status, raised by failed or unreadable tests. */
  status: JobStatus;
  jobStatus: JobStatus;
  context: RunContext;
  components: ComponentResult[];
  /** Workflow mode: every job of the run. */
  jobs?: RunJobs;
  /** When the report was made; the message's date. */
  at: Date;
  /** How long the run took, when known. */
  durationMs?: number;
}

export function failedCount(counts: TestCounts): number {
  return counts.failures + counts.errors;
}

export function passedCount(counts: TestCounts): number {
  return counts.tests - counts.failures - counts.errors - counts.skipped;
}

export function hasFailures(component: ComponentResult): boolean {
  switch (component.kind) {
    case 'tested':
      return failedCount(component.counts) > 0;
    case 'unreadable':
      return true;
    case 'missing':
      return component.fatal;
  }
}

const SEVERITY: Record<JobStatus, number> = { success: 0, skipped: 1, cancelled: 2, failure: 3 };

/**
 * The status the message reports, from the job's status and its test results:
 * - a failed or unreadable report makes it a failure, whatever the job said (a test step with
 *   `continue-on-error`, or a runner that swallowed the exit code, still fails the message);
 * - otherwise the job's own status stands: passing tests do not turn a failed, cancelled or
 *   skipped job into a success.
 */
export function overallStatus(jobStatus: JobStatus, components: readonly ComponentResult[]): JobStatus {
  const fromTests: JobStatus = components.some(hasFailures) ? 'failure' : 'success';
  return worst(fromTests, jobStatus);
}

/**
 * Workflow mode: the run's status from its jobs. Failure if any job failed (timed out or could
 * not start), cancelled if one was cancelled and none failed, success otherwise: skipped and
 * still-running jobs (this one among them) never make a run fail. Failed tests still raise it.
 */
export function workflowStatus(jobs: readonly JobRow[], components: readonly ComponentResult[]): JobStatus {
  const fromJobs: JobStatus = jobs.some((j) => j.outcome === 'failure') ? 'failure' : jobs.some((j) => j.outcome === 'cancelled') ? 'cancelled' : 'success';
  return overallStatus(fromJobs, components);
}

function worst(a: JobStatus, b: JobStatus): JobStatus {
  return SEVERITY[a] > SEVERITY[b] ? a : b;
}

export function totals(components: readonly ComponentResult[]): TestCounts {
  return sumCounts(components.flatMap((c) => (c.kind === 'tested' ? [c.counts] : [])));
}

export function sumCounts(list: readonly TestCounts[]): TestCounts {
  const sum: TestCounts = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };
  for (const counts of list) {
    sum.tests += counts.tests;
    sum.failures += counts.failures;
    sum.errors += counts.errors;
    sum.skipped += counts.skipped;
    sum.flaky += counts.flaky;
  }
  return sum;
}
