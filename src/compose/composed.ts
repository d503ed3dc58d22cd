import type { JobStatus } from '../config/inputs.ts';

/** A message ready to publish: what kChat gets, what the job summary gets, and the outputs it sets. */
export interface Composed {
  status: JobStatus;
  /** Within kChat's limits. */
  text: string;
  /** The fullest version that fits a job summary. */
  summary: string;
  /** Extra step outputs (test counts, results file). */
  outputs: Record<string, string>;
  /** A reason to fail the step once the message is out (if-no-reports: error). */
  failStep?: string;
}

/** What composing needs from the runner: log lines, already redacted by the caller. */
export interface ComposeLog {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}
