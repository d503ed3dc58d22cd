/**
 * What the action needs from the GitHub Actions runner. `main` takes one of these, so tests can
 * run it with a fake; `actions-runner.ts` is the real one, on `@actions/core`.
 */
export interface Runner {
  /** The raw input value, '' when unset. */
  getInput(name: string): string;
  /** Registers a value the runner masks in the log from now on. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Appends Markdown to the job summary; false when the runner offers none. */
  appendSummary(markdown: string): Promise<boolean>;
}
