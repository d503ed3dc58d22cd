import { describe, expect, it } from 'vitest';
import { MAX_POST_CODE_POINTS, codePointLength } from '../../src/kchat/limits.ts';
import type { Report } from '../../src/report/model.ts';
import { fitMessage } from '../../src/render/fit.ts';
import { type Detail, FULL_DETAIL, renderMessage } from '../../src/render/message.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { CONTEXT, report, settings, tested } from '../support/reports.ts';

const forKchat = (r: Report) => fitMessage((d) => renderMessage(r, settings(), d), (t) => codePointLength(t) <= MAX_POST_CODE_POINTS);
const failures = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ suite: `${prefix}.Suite${i % 7}`, name: `case number ${i} with a rather long descriptive name`, message: `AssertionError: expected ${i} to equal ${i + 1}; ${'x'.repeat(120)}` }));

function expectIntact(text: string, components: number): string[][] {
  expect(codePointLength(text)).toBeLessThanOrEqual(MAX_POST_CODE_POINTS);
  expect(text).toContain(`(${CONTEXT.runUrl})`);
  const { tables } = parseMarkdown(text);
  expect(tables).toHaveLength(components > 0 ? 1 : 0);
  for (const row of tables[0]?.rows ?? []) expect(row).toHaveLength(3);
  return tables[0]?.rows ?? [];
}

describe('fitting the message to kChat', () => {
  it('keeps a short message whole', () => {
    const r = report('failure', [tested('Web', 10, failures(2, 'web'))]);
    const fitted = forKchat(r);
    expect(fitted.detail).toEqual(FULL_DETAIL);
    expect(fitted.text).toBe(renderMessage(r, settings()));
    expect(fitted.text).not.toContain('Shortened');
  });

  it('survives a 100 KB commit message', () => {
    const r = report('failure', [tested('Web', 10)], { context: { ...CONTEXT, commit: { ...CONTEXT.commit!, title: 'a'.repeat(100_000) } } });
    const { text } = forKchat(r);
    expectIntact(text, 1);
    expect(text.length).toBeLessThan(2_000);
  });

  it('lists the first failures of 10,000 and counts the rest', () => {
    const r = report('failure', [tested('Web', 12_000, failures(10_000, 'web'))]);
    const { text } = forKchat(r);
    const rows = expectIntact(text, 1);
    expect(rows[1]).toEqual(['Web', '12000', '10000 (see details)']);
    expect(text).toContain('- and 9990 more failed tests');
  });

  it('drops failure messages first', () => {
    const components = Array.from({ length: 150 }, (_, i) => tested(`Component ${i}`, 100, failures(1, `c${i}`)));
    const fitted = forKchat(report('failure', components));
    expect(fitted.detail).toMatchObject({ failureMessages: false, passingRows: true, maxFailures: 10, maxFailingRows: Infinity, shortened: true });
    expect(fitted.text).not.toContain('AssertionError');
    expect(fitted.text).toContain('_Shortened to fit kChat: failure messages left out — [full report in the job summary]');
    expect(expectIntact(fitted.text, 150)).toHaveLength(152);
  });

  it('then sums up passing components in one row', () => {
    const components = [tested('Broken', 5, failures(3, 'broken')), ...Array.from({ length: 499 }, (_, i) => tested(`Package ${i} with a long name`, 10 + i))];
    const { text, detail } = forKchat(report('failure', components));
    expect(detail).toMatchObject({ passingRows: false, maxFailures: 10 });
    const rows = expectIntact(text, 500);
    expect(rows).toEqual([
      ['Component', 'Tests run', 'Tests failed'],
      ['Broken', '5', '3 (see details)'],
      ['499 more components passed', String(499 * 10 + (498 * 499) / 2), '0'],
      ['Total', String(5 + 499 * 10 + (498 * 499) / 2), '3'],
    ]);
  });

  it('then shortens the failed-test list, then the failing rows, keeping the totals', () => {
    const components = Array.from({ length: 500 }, (_, i) => tested(`Failing package number ${i}`, 40, failures(20, `p${i}`)));
    const { text, detail } = forKchat(report('failure', components));
    expect(detail.maxFailures).toBe(0);
    expect(detail.maxFailingRows).toBeGreaterThan(50);
    expect(detail.maxFailingRows).toBeLessThan(500);
    const rows = expectIntact(text, 500);
    const hidden = 500 - detail.maxFailingRows;
    expect(rows.at(-2)).toEqual([`${hidden} more components not shown`, String(hidden * 40), `${hidden * 20} (see details)`]);
    expect(rows.at(-1)).toEqual(['Total', '20000', '10000']);
    expect(text).toContain('- and 10000 more failed tests');
  });

  it('drops the extras last, and never the status, totals or run link', () => {
    const components = Array.from({ length: 5 }, (_, i) => tested(`P${i}`, 4, failures(1, `p${i}`)));
    const r = report('failure', components);
    const huge = settings({ text: 'n'.repeat(20_000) });
    const { text, detail } = fitMessage((d: Detail) => renderMessage(r, huge, d), (t) => codePointLength(t) <= MAX_POST_CODE_POINTS);
    expect(detail.extras).toBe(false);
    expect(text).not.toContain('nnnn');
    expect(text).toContain('**❌ Failed**');
    expectIntact(text, 5);
  });

  const summaryOf = (r: Report) => fitMessage((d) => renderMessage(r, settings(), d), (t) => Buffer.byteLength(t) <= 1_000_000, { ...FULL_DETAIL, maxFailures: Infinity });

  it('lists every failure in the job summary, with messages while they fit under 1 MB', () => {
    const some = summaryOf(report('failure', [tested('Web', 3_000, failures(2_000, 'web'))]));
    expect(some.detail.shortened).toBe(false);
    expect(some.text.match(/^- `/gm)).toHaveLength(2_000);
    expect(some.text).toContain('AssertionError: expected 1999 to equal 2000');
  });

  it('drops messages, then failures, to keep the job summary under 1 MB', () => {
    const all = summaryOf(report('failure', [tested('Web', 12_000, failures(10_000, 'web'))]));
    expect(Buffer.byteLength(all.text)).toBeLessThanOrEqual(1_000_000);
    expect(all.detail).toMatchObject({ failureMessages: false, maxFailures: Infinity });
    expect(all.text.match(/^- `/gm)).toHaveLength(10_000);
    const more = summaryOf(report('failure', [tested('Web', 30_000, failures(20_000, 'web'))]));
    expect(Buffer.byteLength(more.text)).toBeLessThanOrEqual(1_000_000);
    expect(Buffer.byteLength(more.text)).toBeGreaterThan(990_000);
    expect(more.text).toContain(`- and ${20_000 - more.detail.maxFailures} more failed tests`);
  });
});
