/**
 * Report -> Markdown for kChat (and the job summary). Pure. Every piece of text that comes from
 * outside the workflow file goes through escapeText or codeSpan; the only mention is the one
 * built from the `mention` input. How much detail to show is a parameter, so fit.ts can shrink
 * the message without ever cutting Markdown in the middle.
 */
import type { JobStatus } from '../config/inputs.ts';
import type { RunContext } from '../context/run-context.ts';
import { type ComponentResult, type JobOutcome, type JobRow, type Report, type TestedComponent, failedCount, hasFailures, totals } from '../report/model.ts';
import { codeSpan, escapeText } from './escape.ts';
import { LABELS, type Labels, type Language, formatDate, formatDuration } from './labels.ts';

export interface MessageSettings {
  language: Language;
  timeZone: string;
  /** Who to mention (`@channel`, `@alice`...), and for which statuses. */
  mention: { who: readonly string[]; on: ReadonlySet<JobStatus> };
  /** Replaces the heading; plain text. */
  title?: string;
  /** The user's own Markdown under the heading, not escaped. */
  text?: string;
}

/** How much to show. The fullest message shows everything up to `maxFailures` failed tests. */
export interface Detail {
  failureMessages: boolean;
  /** Show each passing component, or sum them up in one row. */
  passingRows: boolean;
  /** At most this many failed tests are listed. */
  maxFailures: number;
  /** At most this many failing (or unreadable) components get their own row. */
  maxFailingRows: number;
  /** Workflow mode: at most this many failed, cancelled or running jobs get their own row. */
  maxFailingJobs: number;
  /** The `text` input and the commit, PR and actor facts; the run link always stays. */
  extras: boolean;
  /** Less than the fullest message is shown: say so, and point at the full report. */
  shortened: boolean;
}

export const FULL_DETAIL: Detail = { failureMessages: true, passingRows: true, maxFailures: 10, maxFailingRows: Infinity, maxFailingJobs: Infinity, extras: true, shortened: false };

/** More passing jobs than this are summed up in one row even when they would fit. */
const MAX_PASSING_JOB_ROWS = 20;

const STATUS_EMOJI: Record<JobStatus, string> = { success: '✅', failure: '❌', cancelled: '🚫', skipped: '⏭️' };

/** The alignment row of the reference message: left, centre, left. */
const ALIGNMENT = '|:-----------|:-----------:|:-----------------------------------------------|';

const NAME_MAX = 120;
const MESSAGE_MAX = 160;
const LABEL_MAX = 60;
const COMMIT_TITLE_MAX = 100;

export function renderMessage(report: Report, settings: MessageSettings, detail: Detail = FULL_DETAIL): string {
  const labels = LABELS[settings.language];
  const tested = report.components.length > 0;
  const blocks: string[] = [];

  const head = [`#### ${heading(report, settings, labels)}`];
  const mention = mentionLine(report, settings, labels);
  if (mention) head.push(mention);
  if (detail.extras && settings.text) head.push(settings.text);
  blocks.push(head.join('\n'));

  // With test results the heading is the date: the status goes on this line instead.
  const where = whereLine(report, labels, detail.extras, tested);
  const footer = footerLine(report, labels, detail.extras);
  if (tested || report.jobs) {
    if (where) blocks.push(where);
    if (report.jobs) blocks.push(jobsBlock(report, labels, detail));
    if (tested) blocks.push(table(report, labels, detail));
    const failures = failureList(report.components, labels, detail);
    if (failures) blocks.push(failures);
  } else {
    // Without test results, what and where fit on one line.
    blocks.push([where, footer].filter((l) => l !== '').join(' · '));
  }
  const closing = [tested || report.jobs ? footer : '', shortenedNote(report, labels, detail) ?? ''].filter((l) => l !== '');
  if (closing.length > 0) blocks.push(closing.join('\n'));
  return blocks.join('\n\n');
}

function heading(report: Report, settings: MessageSettings, labels: Labels): string {
  if (settings.title) return escapeText(settings.title);
  if (report.components.length > 0) return labels.testResultsFor(formatDate(report.at, settings.language, settings.timeZone));
  const repository = report.context.repository ? `: ${escapeText(report.context.repository)}` : '';
  return `${STATUS_EMOJI[report.status]} ${labels.statusHeading[report.status]}${repository}`;
}

function mentionLine(report: Report, settings: MessageSettings, labels: Labels): string | undefined {
  const { who, on } = settings.mention;
  if (who.length === 0 || !on.has(report.status)) return undefined;
  const testsFailed = report.components.some(hasFailures);
  const phrase = report.status === 'failure' && testsFailed ? labels.pleaseCheck.failedTests : labels.pleaseCheck[report.status];
  return `${who.join(' ')} ${phrase}`;
}

/** What the run is about: status (when the heading does not say it), repository, branch or tag, pull request. */
function whereLine(report: Report, labels: Labels, extras: boolean, tested: boolean): string {
  const c: RunContext = report.context;
  const facts: string[] = [];
  if (tested) {
    facts.push(`**${STATUS_EMOJI[report.status]} ${labels.status[report.status]}**`);
    if (c.repository) facts.push(escapeText(c.repository));
  }
  if (c.ref) facts.push(`${c.ref.kind === 'tag' ? labels.tag : labels.branch} ${escapeText(c.ref.name)}`);
  if (extras && c.pullRequest) {
    const number = `${labels.pullRequest} #${c.pullRequest.number}`;
    const title = c.pullRequest.title ? ` ${escapeText(c.pullRequest.title, COMMIT_TITLE_MAX)}` : '';
    facts.push(`${c.pullRequest.url ? `[${number}](${c.pullRequest.url})` : number}${title}`);
  }
  return facts.join(' · ');
}

/** Commit, who, which workflow and event, how long, and the run link, which always stays. */
function footerLine(report: Report, labels: Labels, extras: boolean): string {
  const c: RunContext = report.context;
  const facts: string[] = [];
  if (extras) {
    if (c.commit) {
      const sha = c.commit.sha.slice(0, 7);
      const title = c.commit.title ? ` ${escapeText(c.commit.title, COMMIT_TITLE_MAX)}` : '';
      facts.push(`${labels.commit} ${c.commit.url ? `[${sha}](${c.commit.url})` : sha}${title}`);
    }
    if (c.actor) {
      const rerun = c.triggeringActor ? ` (${labels.rerunBy} ${escapeText(c.triggeringActor, 40)})` : '';
      facts.push(`${labels.by} ${escapeText(c.actor, 40)}${rerun}`);
    }
    const workflow = [c.workflow, c.job].filter((s) => s !== '').map((s) => escapeText(s, 60)).join(' / ');
    const what = [workflow, c.eventName ? `(${escapeText(c.eventName, 40)})` : ''].filter((s) => s !== '').join(' ');
    if (what) facts.push(what);
  }
  if (report.durationMs !== undefined) facts.push(`${labels.duration} ${formatDuration(report.durationMs)}`);
  if (c.runUrl) {
    const attempt = c.runAttempt > 1 ? ` (${labels.attempt} ${c.runAttempt})` : '';
    facts.push(`[${labels.run} #${escapeText(c.runNumber || '?', 12)}${attempt}](${c.runUrl})`);
  }
  return facts.join(' · ');
}

const JOB_ORDER: Record<JobOutcome, number> = { failure: 0, cancelled: 1, running: 2, success: 3, skipped: 4 };
const JOB_EMOJI: Record<JobOutcome, string> = { success: '✅', failure: '❌', cancelled: '🚫', skipped: '⏭️', running: '⏳' };

/** Workflow mode: totals per outcome, then failed, cancelled and running jobs first, passing ones summed up when many. */
function jobsBlock(report: Report, labels: Labels, detail: Detail): string {
  const jobs = report.jobs!;
  if (jobs.kind === 'unavailable') return `⚠️ ${labels.jobsUnavailable}: ${codeSpan(jobs.reason, 300)}`;
  const counts = new Map<JobOutcome, number>();
  for (const job of jobs.jobs) counts.set(job.outcome, (counts.get(job.outcome) ?? 0) + 1);
  const order = (Object.keys(JOB_ORDER) as JobOutcome[]).sort((a, b) => JOB_ORDER[a] - JOB_ORDER[b]);
  const totalsLine = `**${labels.jobs}**: ${order.filter((o) => counts.get(o)).map((o) => `${counts.get(o)} ${labels.jobOutcome[o]}`).join(' · ') || '0'}`;
  if (jobs.jobs.length === 0) return totalsLine;

  const sorted = [...jobs.jobs].sort((a, b) => JOB_ORDER[a.outcome] - JOB_ORDER[b.outcome]);
  const attention = sorted.filter((j) => j.outcome === 'failure' || j.outcome === 'cancelled' || j.outcome === 'running');
  const quiet = sorted.filter((j) => j.outcome === 'success' || j.outcome === 'skipped');
  const rows = [`| ${labels.job} | ${labels.result} | ${labels.durationColumn} |`, ALIGNMENT];
  const shown = attention.slice(0, detail.maxFailingJobs);
  for (const job of shown) rows.push(jobRow(job, report, labels));
  for (const outcome of ['failure', 'cancelled', 'running'] as const) {
    const hidden = attention.slice(shown.length).filter((j) => j.outcome === outcome).length;
    if (hidden > 0) rows.push(`| ${labels.moreJobs(hidden, labels.jobOutcome[outcome])} | ${JOB_EMOJI[outcome]} | |`);
  }
  if (detail.passingRows && quiet.length <= MAX_PASSING_JOB_ROWS) {
    for (const job of quiet) rows.push(jobRow(job, report, labels));
  } else {
    for (const outcome of ['success', 'skipped'] as const) {
      const n = quiet.filter((j) => j.outcome === outcome).length;
      if (n > 0) rows.push(`| ${labels.moreJobs(n, labels.jobOutcome[outcome])} | ${JOB_EMOJI[outcome]} | |`);
    }
  }
  return `${totalsLine}\n\n${rows.join('\n')}`;
}

function jobRow(job: JobRow, report: Report, labels: Labels): string {
  const name = escapeText(job.name, LABEL_MAX);
  const url = safeLink(job.url, report.context);
  const duration = job.durationMs === undefined ? '' : formatDuration(job.durationMs);
  return `| ${url ? `[${name}](${url})` : name} | ${JOB_EMOJI[job.outcome]} ${labels.jobOutcome[job.outcome]} | ${duration} |`;
}

/**
 * A link from outside our own code (a job's log, a leg's results file): kept only when it is a
 * plain URL on this GitHub server, else the run's page. No `|`, parentheses or spaces, which
 * would break the table or the link.
 */
function safeLink(url: string | undefined, context: RunContext): string | undefined {
  if (url && url.startsWith(`${context.serverUrl}/`) && /^[A-Za-z0-9/._:~%?&=#+-]+$/.test(url)) return url;
  return context.runUrl;
}

function table(report: Report, labels: Labels, detail: Detail): string {
  const runUrl = report.context.runUrl;
  const rows = [`| ${labels.component} | ${labels.testsRun} | ${labels.testsFailed} |`, ALIGNMENT];
  // Rows that need a look (failed, unreadable, no report) always come before passing ones are cut.
  const failing = report.components.filter((c) => hasFailures(c) || c.kind === 'missing');
  const passing = report.components.filter((c): c is TestedComponent => !failing.includes(c));
  const shownFailing = failing.slice(0, detail.maxFailingRows);
  const shown = new Set<ComponentResult>([...shownFailing, ...(detail.passingRows ? passing : [])]);
  // Keep the report's order for the rows that are shown.
  for (const component of report.components) if (shown.has(component)) rows.push(row(component, labels, report.context));
  const hiddenFailing = failing.slice(shownFailing.length);
  if (hiddenFailing.length > 0) {
    const sum = totals(hiddenFailing);
    rows.push(`| ${labels.moreComponents(hiddenFailing.length)} | ${sum.tests} | ${failedCell(failedCount(sum) + unreadableCount(hiddenFailing), labels, runUrl)} |`);
  }
  if (!detail.passingRows && passing.length > 0) {
    rows.push(`| ${labels.morePassed(passing.length)} | ${totals(passing).tests} | 0 |`);
  }
  if (report.components.length > 1) {
    const sum = totals(report.components);
    rows.push(`| **${labels.total}** | **${sum.tests}** | **${failedCount(sum)}** |`);
  }
  return rows.join('\n');
}

function row(component: ComponentResult, labels: Labels, context: RunContext): string {
  const runUrl = context.runUrl;
  const label = escapeText(component.label, LABEL_MAX);
  const link = component.detailsUrl === undefined ? runUrl : safeLink(component.detailsUrl, context);
  if (component.kind === 'unreadable') {
    const details = link ? ` [(${labels.seeDetails})](${link})` : '';
    return `| ${label} | ? | ⚠️ ${labels.unreadable}: ${codeSpan(`${component.file}: ${component.reason}`, MESSAGE_MAX)}${details} |`;
  }
  if (component.kind === 'missing') {
    return `| ${label} | ? | ⚠️ ${labels.noReport}: ${codeSpan(component.patterns.join(', '), MESSAGE_MAX)} |`;
  }
  return `| ${label} | ${component.counts.tests} | ${failedCell(failedCount(component.counts), labels, link)} |`;
}

function failedCell(failed: number, labels: Labels, link: string | undefined): string {
  return failed > 0 && link ? `${failed} [(${labels.seeDetails})](${link})` : String(failed);
}

function unreadableCount(components: readonly ComponentResult[]): number {
  return components.filter((c) => c.kind === 'unreadable').length;
}

function failureList(components: readonly ComponentResult[], labels: Labels, detail: Detail): string | undefined {
  const all = components.flatMap((c) => (c.kind === 'tested' ? c.failed.map((test) => ({ component: c, test })) : []));
  const declared = components.reduce((n, c) => n + (c.kind === 'tested' ? failedCount(c.counts) : 0), 0);
  if (all.length === 0) return undefined;
  const shown = all.slice(0, detail.maxFailures);
  const items = shown.map(({ component, test }) => {
    const name = test.suite ? `${test.suite} › ${test.name}` : test.name;
    const message = detail.failureMessages && test.message ? ` — ${codeSpan(test.message, MESSAGE_MAX)}` : '';
    const where = components.length > 1 ? `${escapeText(component.label, LABEL_MAX)}: ` : '';
    return `- ${where}${codeSpan(name, NAME_MAX)}${message}`;
  });
  const hidden = Math.max(all.length, declared) - shown.length;
  if (hidden > 0) items.push(`- ${labels.moreFailed(hidden)}`);
  return [`**${labels.failedTests}**`, ...items].join('\n');
}

function shortenedNote(report: Report, labels: Labels, detail: Detail): string | undefined {
  if (!detail.shortened) return undefined;
  const what = detail.failureMessages ? '' : `: ${labels.omittedMessages}`;
  const full = report.context.runUrl ? ` — [${labels.fullReport}](${report.context.runUrl})` : '';
  return `_${labels.shortened}${what}${full}._`;
}
