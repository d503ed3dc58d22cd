/**
 * The whole report as JSON, for later steps and for a final job that merges the files of many
 * matrix legs (upload it as an artifact). The schema names its version so that merging code can
 * refuse what it does not know.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Report, passedCount, totals } from './model.ts';

export const RESULTS_SCHEMA = 'kchat-notify/results@1';

function resultsJson(report: Report): object {
  const sum = totals(report.components);
  const c = report.context;
  return {
    schema: RESULTS_SCHEMA,
    status: report.status,
    jobStatus: report.jobStatus,
    at: report.at.toISOString(),
    run: { repository: c.repository, workflow: c.workflow, job: c.job, runNumber: c.runNumber, runAttempt: c.runAttempt, url: c.runUrl ?? null, sha: c.commit?.sha ?? null },
    totals: { ...sum, passed: passedCount(sum), failed: sum.failures + sum.errors },
    components: report.components,
  };
}

/** Writes the JSON into `dir` under a name unique to this job and attempt, secrets redacted; returns its path. */
export async function writeResultsFile(report: Report, dir: string, redact: (text: string) => string = (t) => t): Promise<string> {
  const job = (report.context.job || 'job').replace(/[^A-Za-z0-9_.-]+/g, '-');
  const path = join(dir, `kchat-notify-results-${job}-${report.context.runAttempt}-${randomBytes(4).toString('hex')}.json`);
  await writeFile(path, `${redact(JSON.stringify(resultsJson(report), null, 2))}\n`);
  return path;
}
