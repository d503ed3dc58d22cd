import type { JobStatus } from '../config/inputs.ts';
import type { RunContext } from '../context/run-context.ts';
import { escapeText } from './escape.ts';

const HEADINGS: Record<JobStatus, string> = {
  success: ':white_check_mark: Succeeded',
  failure: ':x: Failed',
  cancelled: ':no_entry_sign: Cancelled',
  skipped: ':fast_forward: Skipped',
};

/**
 * The short message: status, repository, branch and a link to the run. Everything taken from the
 * run goes through escapeText; only the run URL, built from GITHUB_SERVER_URL, is a link.
 */
export function renderFirstMessage(context: RunContext, status: JobStatus): string {
  const where = context.repository === '' ? '' : `: ${escapeText(context.repository)}`;
  const lines = [`#### ${HEADINGS[status]}${where}`];
  const facts: string[] = [];
  if (context.workflow) facts.push(`${escapeText(context.workflow)}${context.job ? ` / ${escapeText(context.job)}` : ''}`);
  if (context.ref) facts.push(`${context.ref.kind === 'tag' ? 'tag' : 'branch'} ${escapeText(context.ref.name)}`);
  if (context.runUrl) facts.push(`[run ${context.runNumber ? `#${escapeText(context.runNumber)}` : 'log'}](${context.runUrl})`);
  if (facts.length > 0) lines.push(facts.join(' · '));
  return lines.join('\n');
}
