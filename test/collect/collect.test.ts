import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectReports } from '../../src/collect/reports/collect.ts';
import { parseReportsInput } from '../../src/collect/reports/reports-input.ts';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;
const PYTEST_FAIL = 'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/pytest/junit.fail.xml'; // 5 tests, 1 failed, 1 skipped
const JEST = 'dorny__test-reporter/__tests__/fixtures/jest-junit.xml'; // 6 tests, 4 failed, 1 skipped
const TRUNCATED = 'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/pytest/corrupt-xml.xml';

let workspace: string;
let warnings: string[];
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'kchat-notify-ws-'));
  warnings = [];
});
afterEach(() => rm(workspace, { recursive: true, force: true }));

async function place(files: Record<string, string>): Promise<void> {
  for (const [target, source] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, target)), { recursive: true });
    await copyFile(join(CORPUS, source), join(workspace, target));
  }
}

const collect = (input: string, ifNoReports: 'warn' | 'error' | 'ignore' = 'warn') =>
  collectReports(parseReportsInput(input), { workspace, ifNoReports, warn: (m) => warnings.push(m) });

describe('collectReports', () => {
  it('sums the files of a labelled line, globs relative to the workspace', async () => {
    await place({ 'server/a/TEST-1.xml': PYTEST_FAIL, 'server/b/TEST-2.xml': JEST, 'server/b/other.txt': PYTEST_FAIL });
    const [server] = await collect('Server: server/**/TEST-*.xml');
    expect(server).toMatchObject({ kind: 'tested', label: 'Server', counts: { tests: 11, failures: 5, errors: 0, skipped: 2 } });
    expect(server?.kind === 'tested' && server.failed).toHaveLength(5);
  });

  it('honours several globs and negations on one line', async () => {
    await place({ 'r/one.xml': PYTEST_FAIL, 'r/two.xml': JEST, 'x/three.xml': PYTEST_FAIL });
    const [c] = await collect('All: r/*.xml, x/*.xml, !r/two.xml');
    expect(c).toMatchObject({ counts: { tests: 10 } });
  });

  it('gives a bare glob one row per folder when its files sit in several', async () => {
    await place({ 'artifacts/linux/junit.xml': PYTEST_FAIL, 'artifacts/macos/junit.xml': JEST });
    const rows = await collect('artifacts/**/*.xml');
    expect(rows.map((r) => [r.label, r.kind === 'tested' && r.counts.tests])).toEqual([
      ['artifacts/linux', 5],
      ['artifacts/macos', 6],
    ]);
  });

  it("names a bare glob's single folder by the report's top suite", async () => {
    await place({ 'out/report.xml': JEST });
    expect((await collect('out/*.xml'))[0]?.label).toBe('jest tests');
  });

  it('makes a component with an unreadable file unreadable, naming the file and the reason', async () => {
    await place({ 'web/good.xml': JEST, 'web/broken.xml': TRUNCATED });
    const [web] = await collect('Web: web/*.xml');
    expect(web).toEqual({ kind: 'unreadable', label: 'Web', file: 'web/broken.xml', reason: 'not well-formed XML (line 11, column 21: unclosed tag: skipped)' });
  });

  it.each([
    ['warn', [{ kind: 'missing', label: 'iOS', patterns: ['ios/**/*.xml'], fatal: false }], 1],
    ['error', [{ kind: 'missing', label: 'iOS', patterns: ['ios/**/*.xml'], fatal: true }], 1],
    ['ignore', [], 0],
  ] as const)('if-no-reports: %s', async (mode, components, warned) => {
    const rows = await collect('iOS: ios/**/*.xml', mode);
    expect(rows).toEqual(components);
    expect(warnings).toHaveLength(warned);
    if (warned) expect(warnings[0]).toMatch(/^reports: no file matched "iOS: ios\/\*\*\/\*\.xml"/);
  });

  it('says so when a line names a folder instead of a glob', async () => {
    await place({ 'target/surefire-reports/TEST-a.xml': JEST });
    expect(await collect('Server: target/surefire-reports')).toMatchObject([{ kind: 'missing' }]);
    expect(warnings[0]).toMatch(/"target\/surefire-reports" is a folder: write target\/surefire-reports\/\*\*\/\*\.xml to take the reports in it\.$/);
  });

  it('finds files whatever their extension, and reads the format from the content', async () => {
    await writeFile(join(workspace, 'results.log'), '<?xml version="1.0"?><assemblies><assembly name="/x/Tests.dll"><collection><test name="T.a" type="T" method="a" result="Pass"/></collection></assembly></assemblies>');
    expect(await collect('Unit: *.log')).toMatchObject([{ kind: 'tested', counts: { tests: 1 } }]);
  });
});
