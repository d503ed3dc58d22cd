import { describe, expect, it } from 'vitest';
import { MAX_POST_CODE_POINTS, codePointLength } from '../../src/kchat/limits.ts';
import { type JobRow, type Report, workflowStatus } from '../../src/report/model.ts';
import { fitMessage } from '../../src/render/fit.ts';
import { renderMessage } from '../../src/render/message.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsIn } from '../support/mentions.ts';
import { report, settings } from '../support/reports.ts';

const RUN = 'https://github.com/acme/rocket/actions/runs/4242';
const job = (i: number, outcome: JobRow['outcome']): JobRow => ({ name: `test (ubuntu-latest, ${i})`, outcome, durationMs: 61_000 + i * 1000, url: `${RUN}/job/${i}` });

function workflowReport(jobs: JobRow[]): Report {
  const r = report('success', [], { jobs: { kind: 'jobs', jobs } });
  r.status = workflowStatus(jobs, []);
  return r;
}

describe('workflow status', () => {
  it('fails when a job failed, is cancelled when one was cancelled and none failed, succeeds otherwise', () => {
    expect(workflowStatus([job(1, 'success'), job(2, 'failure'), job(3, 'cancelled')], [])).toBe('failure');
    expect(workflowStatus([job(1, 'success'), job(3, 'cancelled')], [])).toBe('cancelled');
    expect(workflowStatus([job(1, 'success'), job(2, 'skipped'), job(3, 'running')], [])).toBe('success');
    expect(workflowStatus([], [{ kind: 'unreadable', label: 'x', file: 'f', reason: 'r' }])).toBe('failure');
  });
});

describe('the jobs table', () => {
  it('lists failed and cancelled jobs first, with result, duration and log link, under totals', () => {
    const text = renderMessage(workflowReport([job(1, 'success'), job(2, 'failure'), job(3, 'cancelled'), job(4, 'skipped'), job(5, 'running')]), settings());
    expect(text).toContain('**Jobs**: 1 failed · 1 cancelled · 1 running · 1 passed · 1 skipped');
    const table = parseMarkdown(text).tables[0]!;
    expect(table.rows).toEqual([
      ['Job', 'Result', 'Duration'],
      ['test (ubuntu-latest, 2)', '❌ failed', '1 min 03 s'],
      ['test (ubuntu-latest, 3)', '🚫 cancelled', '1 min 04 s'],
      ['test (ubuntu-latest, 5)', '⏳ running', '1 min 06 s'],
      ['test (ubuntu-latest, 1)', '✅ passed', '1 min 02 s'],
      ['test (ubuntu-latest, 4)', '⏭️ skipped', '1 min 05 s'],
    ]);
    expect(parseMarkdown(text).links).toContain(`${RUN}/job/2`);
    expect(text.split('\n')[1]).toBe('@channel please check the failed build.');
  });

  it('sums up many passing jobs in one row', () => {
    const jobs = [...Array.from({ length: 218 }, (_, i) => job(i, 'success')), job(999, 'failure')];
    const rows = parseMarkdown(renderMessage(workflowReport(jobs), settings())).tables[0]!.rows;
    expect(rows).toEqual([['Job', 'Result', 'Duration'], ['test (ubuntu-latest, 999)', '❌ failed', '17 min 40 s'], ['218 more jobs passed', '✅', '']]);
  });

  it('fits 1,000 jobs with every failed one linked, and shortens the failed rows only past the limit', () => {
    const jobs = Array.from({ length: 1000 }, (_, i) => job(i, i % 10 === 9 ? 'failure' : 'success'));
    const { text } = fitMessage((d) => renderMessage(workflowReport(jobs), settings(), d), (t) => codePointLength(t) <= MAX_POST_CODE_POINTS);
    expect(codePointLength(text)).toBeLessThanOrEqual(MAX_POST_CODE_POINTS);
    const links = parseMarkdown(text).links;
    for (let i = 9; i < 1000; i += 10) expect(links).toContain(`${RUN}/job/${i}`);
    expect(text).toContain('**Jobs**: 100 failed · 900 passed');

    const allFailed = Array.from({ length: 1000 }, (_, i) => job(i, 'failure'));
    const fitted = fitMessage((d) => renderMessage(workflowReport(allFailed), settings(), d), (t) => codePointLength(t) <= MAX_POST_CODE_POINTS);
    expect(codePointLength(fitted.text)).toBeLessThanOrEqual(MAX_POST_CODE_POINTS);
    expect(fitted.detail.maxFailingJobs).toBeGreaterThan(50);
    expect(fitted.text).toContain(`| ${1000 - fitted.detail.maxFailingJobs} more jobs failed | ❌ | |`);
    expect(fitted.text).toContain(`(${RUN})`);
  });

  it('escapes job names and never links outside the GitHub server', () => {
    const text = renderMessage(workflowReport([{ name: '@channel <!here> | x', outcome: 'failure', url: 'https://evil.example/x' }]), settings({ mention: { who: [], on: new Set() } }));
    expect(mentionsIn(text)).toEqual([]);
    const parsed = parseMarkdown(text);
    expect(parsed.tables[0]!.rows[1]).toHaveLength(3);
    expect(parsed.links.every((l) => l.startsWith('https://github.com/'))).toBe(true);
  });

  it('says why the jobs are missing', () => {
    const r = report('success', [], { jobs: { kind: 'unavailable', reason: 'the GitHub API refused (HTTP 403): add "permissions: actions: read"' } });
    expect(renderMessage(r, settings())).toContain('⚠️ jobs unavailable: `the GitHub API refused (HTTP 403): add "permissions: actions: read"`');
  });
});
