import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectReports } from '../../src/collect/reports/collect.ts';
import { parseReport } from '../../src/collect/reports/parse-report.ts';
import { parseReportsInput } from '../../src/collect/reports/reports-input.ts';
import { writeResultsFile } from '../../src/report/results-file.ts';
import { CONTEXT, report, tested } from '../support/reports.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kchat-notify-results-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function leg(folder: string, components: Parameters<typeof report>[1], url = CONTEXT.runUrl): Promise<string> {
  await mkdir(join(dir, folder), { recursive: true });
  return writeResultsFile(report('success', components, { context: { ...CONTEXT, runUrl: url } }), join(dir, folder));
}

describe('results files of matrix legs', () => {
  it('read back as one report: counts summed, failures kept with their component', async () => {
    const path = await leg('linux', [tested('Unit', 40, [{ suite: 'Login', name: 'rejects', message: 'expected 401' }]), tested('E2E', 12)]);
    const parsed = await parseReport(path);
    expect(parsed).toMatchObject({
      kind: 'tests',
      format: 'results',
      title: 'test',
      counts: { tests: 52, failures: 1, errors: 0, skipped: 0, flaky: 0 },
      failed: [{ suite: 'Unit › Login', name: 'rejects', message: 'expected 401' }],
      detailsUrl: CONTEXT.runUrl,
    });
  });

  it('merge into one row per artifact folder with a bare glob', async () => {
    await leg('artifacts/linux', [tested('Unit', 40, [{ name: 'a' }])]);
    await leg('artifacts/macos', [tested('Unit', 38)]);
    await leg('artifacts/windows', [tested('Unit', 41, [{ name: 'b' }, { name: 'c' }])]);
    const rows = await collectReports(parseReportsInput('artifacts/*/kchat-notify-results-*.json'), { workspace: dir, ifNoReports: 'warn', warn: () => {} });
    expect(rows.map((r) => [r.label, r.kind === 'tested' && r.counts.tests, r.kind === 'tested' && r.counts.failures])).toEqual([
      ['artifacts/linux', 40, 1],
      ['artifacts/macos', 38, 0],
      ['artifacts/windows', 41, 2],
    ]);
    expect(rows[0]!.detailsUrl).toBe(CONTEXT.runUrl);
  });

  it("flag a leg's unreadable report, and refuse JSON that is not ours", async () => {
    const path = await leg('broken', [{ kind: 'unreadable', label: 'Web', file: 'web/junit.xml', reason: 'line 3, column 1: unclosed tag' }]);
    expect(await parseReport(path)).toEqual({ kind: 'unreadable', reason: 'the leg could not read web/junit.xml: line 3, column 1: unclosed tag' });
    await writeFile(join(dir, 'other.json'), '{"numTotalTests": 3}');
    expect(await parseReport(join(dir, 'other.json'))).toEqual({ kind: 'unreadable', reason: 'not a test report: JSON, but not a kchat-notify results file (kchat-notify/results@1)' });
    await writeFile(join(dir, 'cut.json'), '{"schema": "kchat-notify/results@1", "compo');
    expect(await parseReport(join(dir, 'cut.json'))).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^not valid JSON/) });
    await writeFile(join(dir, 'lies.json'), JSON.stringify({ schema: 'kchat-notify/results@1', components: [{ kind: 'tested', label: 'x', counts: { tests: -1, failures: 0, errors: 0, skipped: 0, flaky: 0 } }] }));
    expect(await parseReport(join(dir, 'lies.json'))).toEqual({ kind: 'unreadable', reason: "a damaged kchat-notify results file: a component's tests is not a count" });
  });
});
