/**
 * Property tests: whatever text arrives from outside the workflow file (commit messages, branch
 * names, PR titles, actor names, component labels from reports, test names and messages), the
 * rendered message fires exactly the configured mentions, keeps every table row at three cells,
 * and links nowhere but where we link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_STATUSES, type JobStatus } from '../../src/config/inputs.ts';
import type { ComponentResult } from '../../src/report/model.ts';
import { LANGUAGES } from '../../src/render/labels.ts';
import { renderMessage } from '../../src/render/message.ts';
import { convertSlackLinks, processSlackText } from '../support/fake-kchat.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsIn } from '../support/mentions.ts';
import { CONTEXT, report, settings } from '../support/reports.ts';

const HOSTILE = ['@channel', '@here', '@all', '@alice', '<!channel>', '<!here>', '<@u1alice>', '<https://evil.example|click>', '&#64;all', '&commat;here', '\\@channel', '@', '|', '\\|', '\n', '\r\n', '`', '```', '[x](https://evil.example)', '![i](https://evil.example/i.png)', 'https://evil.example', 'www.evil.example', '<b>', '&amp;', '#', '> ', '- ', '===', '\u2028', '\u0000', ':smile:', '$x$', '~~s~~', '＠channel', '\u2060'];
const hostileText = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE)), { maxLength: 8 }).map((parts) => parts.join(''));

const failedTest = fc.record({ name: hostileText, suite: fc.option(hostileText, { nil: undefined }), message: fc.option(hostileText, { nil: undefined }) }).map((t) => {
  const test: { name: string; suite?: string; message?: string } = { name: t.name };
  if (t.suite !== undefined) test.suite = t.suite;
  if (t.message !== undefined) test.message = t.message;
  return test;
});

const component: fc.Arbitrary<ComponentResult> = fc.oneof(
  fc.record({ label: hostileText, tests: fc.nat(5000), failed: fc.array(failedTest, { maxLength: 4 }) }).map(({ label, tests, failed }) => ({
    kind: 'tested' as const,
    label,
    counts: { tests: tests + failed.length, failures: failed.length, errors: 0, skipped: 0, flaky: 0 },
    failed,
  })),
  fc.record({ label: hostileText, file: hostileText, reason: hostileText }).map((u) => ({ kind: 'unreadable' as const, ...u })),
);

const run = fc.record({
  status: fc.constantFrom(...JOB_STATUSES),
  components: fc.array(component, { maxLength: 5 }),
  branch: hostileText,
  commitTitle: hostileText,
  prTitle: hostileText,
  actor: hostileText,
  triggeringActor: hostileText,
  repository: hostileText,
  eventName: hostileText,
  workflow: hostileText,
  job: hostileText,
  title: fc.option(hostileText, { nil: undefined }),
  who: fc.subarray(['@channel', '@here', '@all', '@alice', '@release-team']),
  on: fc.subarray([...JOB_STATUSES]),
  language: fc.constantFrom(...LANGUAGES),
});

/** The server converts Slack markup before it looks for mentions. */
const onServer = (markdown: string) => convertSlackLinks(processSlackText(markdown, { u1alice: 'alice' }));

describe('rendering untrusted text', () => {
  it('fires exactly the configured mentions, keeps the table at three cells a row, links only our URLs', () => {
    fc.assert(
      fc.property(run, (r) => {
        const context = {
          ...CONTEXT,
          repository: r.repository,
          eventName: r.eventName,
          workflow: r.workflow,
          job: r.job,
          ref: { kind: 'branch' as const, name: r.branch },
          commit: { ...CONTEXT.commit!, title: r.commitTitle },
          pullRequest: { number: 7, title: r.prTitle, url: 'https://github.com/acme/rocket/pull/7' },
          actor: r.actor,
          triggeringActor: r.triggeringActor,
        };
        const rendered = renderMessage(report(r.status as JobStatus, r.components, { context }), settings({ language: r.language, mention: { who: r.who, on: new Set(r.on) }, ...(r.title === undefined ? {} : { title: r.title }) }));

        const status = report(r.status as JobStatus, r.components).status;
        const expected = r.on.includes(status) ? r.who.map((w) => w.toLowerCase()).sort() : [];
        expect(mentionsIn(onServer(rendered))).toEqual(expected);

        const parsed = parseMarkdown(onServer(rendered));
        expect(parsed.images).toEqual([]);
        const ours = new Set([CONTEXT.runUrl, CONTEXT.commit!.url, 'https://github.com/acme/rocket/pull/7']);
        expect(parsed.links.filter((l) => !ours.has(l))).toEqual([]);
        expect(parsed.headings).toHaveLength(1);
        if (r.components.length > 0) {
          expect(parsed.tables).toHaveLength(1);
          const rows = parsed.tables[0]!.rows;
          expect(rows).toHaveLength(1 + r.components.length + (r.components.length > 1 ? 1 : 0));
          for (const row of rows) expect(row).toHaveLength(3);
        } else {
          expect(parsed.tables).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
