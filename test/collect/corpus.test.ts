/**
 * Every real report of the corpus (test/fixtures/NOTICE.md) against the counts its own project
 * expects (UPSTREAM-COUNTS.json). Where our counting rules differ on purpose, DEVIATIONS says what
 * we count and why; every other file must match.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParsedReport, parseReport } from '../../src/collect/reports/parse-report.ts';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;
const upstream = JSON.parse(readFileSync(`${CORPUS}UPSTREAM-COUNTS.json`, 'utf8')) as Record<string, unknown>;

interface Expected {
  tests?: number;
  passed?: number;
  failed?: number;
  skipped?: number;
}

/** Identical files the corpus keeps once (under EnricoMi's copy). */
const DUPLICATES: Record<string, string> = {
  'dorny__test-reporter/__tests__/fixtures/dotnet-trx.trx': 'EnricoMi__publish-unit-test-result-action/python/test/files/trx/xunit/dotnet-trx.trx',
  'dorny__test-reporter/__tests__/fixtures/external/FluentValidation.Tests.trx': 'EnricoMi__publish-unit-test-result-action/python/test/files/trx/nunit/FluentValidation.Tests.trx',
  'dorny__test-reporter/__tests__/fixtures/external/SilentNotes.trx': 'EnricoMi__publish-unit-test-result-action/python/test/files/trx/nunit/SilentNotes.trx',
  'mikepenz__action-junit-report/test_results/container-structure/test.xml': 'mikepenz__action-junit-report/test_results/multiple/test_10.xml',
};

const UNREADABLE = 'unreadable';
/** Where we count differently from the upstream project, on purpose. */
const DEVIATIONS: Record<string, { ours: Expected | typeof UNREADABLE; why: string }> = {
  'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/no-cases-but-tests.xml': {
    ours: UNREADABLE,
    why: 'the suite claims tests="6" (1 failed) but holds no <testcase>: counts come from cases only, so the file is flagged rather than shown as green',
  },
  'EnricoMi__publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-sec1752-https.xml': {
    ours: UNREADABLE,
    why: 'an external entity (XXE): never fetched, and the file is flagged rather than half-read',
  },
  'EnricoMi__publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-sec1752-file.xml': {
    ours: UNREADABLE,
    why: 'an external entity pointing at a local file: never read, and the file is flagged',
  },
  'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/non-junit.xml': { ours: UNREADABLE, why: 'not a test report (<suites>)' },
  'mikepenz__action-junit-report/test_results/junit-web-test/expected.xml': { ours: UNREADABLE, why: 'not well-formed XML (a raw "<" in an attribute)' },
  'mikepenz__action-junit-report/test_results/junit-web-test/expectedRetries.xml': { ours: UNREADABLE, why: 'not well-formed XML (a raw "<" in an attribute)' },
  'mikepenz__action-junit-report/test_results/flaky_retries/flaky_success_first.xml': {
    ours: { tests: 2, passed: 1, failed: 1, skipped: 0 },
    why: 'passes, then fails, then errors: a failure after a pass is never hidden, so two tests (mikepenz merges them only under its opt-in retry checking)',
  },
  'test-summary__action/test/resources/junit/02-example.xml': {
    ours: { tests: 29, passed: 21, failed: 8, skipped: 0 },
    why: "'divides by zero' fails twice under one suite, class and name: a retry of one test, merged as the issue asks",
  },
};

interface Case {
  file: string;
  source: string;
  expected: Expected[];
}

function cases(): Case[] {
  const out: Case[] = [];
  const add = (file: string, source: string, ...expected: Expected[]) => {
    const path = DUPLICATES[file] ?? file;
    if (/\.(xml|trx)$/.test(path)) out.push({ file: path, source, expected });
  };
  const enrico = upstream['EnricoMi/publish-unit-test-result-action'] as Record<string, Record<string, number> & { input: string[] }>;
  for (const [results, s] of Object.entries(enrico)) {
    const inputs = [...new Set(s.input)];
    if (inputs.length !== 1) continue; // results over several files: each file is checked on its own elsewhere
    // tests_* merge repeated names, runs_* count every execution: our rules agree with one of them.
    const unique = { tests: s['tests']!, passed: s['tests_succ']!, skipped: s['tests_skip']!, failed: s['tests_fail']! + s['tests_error']! };
    const runs = { tests: s['runs']!, passed: s['runs_succ']!, skipped: s['runs_skip']!, failed: s['runs_fail']! + s['runs_error']! };
    add(`EnricoMi__publish-unit-test-result-action/${inputs[0]}`, `EnricoMi ${results}`, unique, runs);
  }
  for (const e of upstream['dorny/test-reporter'] as { input: string; rendered: string; passed: number; failed: number; skipped: number }[]) {
    add(`dorny__test-reporter/${e.input}`, `dorny ${e.rendered}`, { passed: e.passed, failed: e.failed, skipped: e.skipped });
  }
  for (const [file, e] of Object.entries(upstream['test-summary/action'] as Record<string, Expected | string>)) {
    if (typeof e === 'object') add(`test-summary__action/${file}`, 'test-summary', e);
  }
  for (const [file, e] of Object.entries(upstream['mikepenz/action-junit-report'] as Record<string, Expected & { total?: number }>)) {
    const expected: Expected = { skipped: e.skipped! };
    if (e.total !== undefined) expected.tests = e.total;
    if (e.passed !== undefined) expected.passed = e.passed;
    if (e.failed !== undefined) expected.failed = e.failed;
    add(`mikepenz__action-junit-report/${file}`, 'mikepenz', expected);
  }
  return out;
}

function ours(report: ParsedReport): Expected | typeof UNREADABLE {
  if (report.kind !== 'tests') return UNREADABLE;
  const c = report.counts;
  return { tests: c.tests, passed: c.tests - c.failures - c.errors - c.skipped, failed: c.failures + c.errors, skipped: c.skipped };
}

/** Only the numbers the upstream project states. */
function pick(counts: Expected, like: Expected): Expected {
  return Object.fromEntries(Object.keys(like).map((k) => [k, counts[k as keyof Expected]]));
}

describe('counts on the corpus', () => {
  const all = cases();

  it('covers the reports of every upstream project', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const project of ['EnricoMi', 'dorny', 'test-summary', 'mikepenz']) expect(all.some((c) => c.source.startsWith(project))).toBe(true);
  });

  it.each(all.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const got = ours(await parseReport(CORPUS + file));
    const deviation = DEVIATIONS[file];
    if (deviation) {
      expect(got, deviation.why).toEqual(deviation.ours === UNREADABLE ? UNREADABLE : deviation.ours);
      return;
    }
    expect(got, `${c.source} expects ${JSON.stringify(c.expected)}`).not.toBe(UNREADABLE);
    // The upstream view our counts agree with (EnricoMi gives two), or the first for the diff.
    const view = c.expected.find((e) => JSON.stringify(pick(got as Expected, e)) === JSON.stringify(e)) ?? c.expected[0]!;
    expect(pick(got as Expected, view), c.source).toEqual(view);
  });

  it('lists no deviation for a file that is not in the corpus', () => {
    const files = new Set(all.map((c) => c.file));
    for (const file of Object.keys(DEVIATIONS)) expect(files.has(file) || DEVIATIONS[file]!.ours === UNREADABLE, file).toBe(true);
  });

  it('reads every corpus file without crashing: tests, or a clear reason', async () => {
    const files = execFileSync('find', [CORPUS, '-name', '*.xml', '-o', '-name', '*.trx']).toString().trim().split('\n');
    expect(files.length).toBeGreaterThan(140);
    const unreadable: string[] = [];
    for (const file of files) {
      const report = await parseReport(file);
      if (report.kind === 'unreadable') {
        expect(report.reason).toMatch(/^(not well-formed XML \(line \d+, column \d+: .+\)|not a test report: the root element <\w+>.*|incomplete: the report says \d+ tests ran but lists none of them)$/);
        unreadable.push(file.slice(CORPUS.length));
      }
    }
    expect(unreadable.sort()).toEqual(
      [
        'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/no-cases-but-tests.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/non-junit.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/pytest/corrupt-xml.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-issue17521.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-issue47367.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-sec1752-file.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/nunit/nunit3/jenkins/NUnit-sec1752-https.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/xml/empty.xml',
        'EnricoMi__publish-unit-test-result-action/python/test/files/xml/non-xml.xml',
        'mikepenz__action-junit-report/test_results/corrupt-junit/e2e-tests/corrupt/target/sf-reports/TEST-test.CorruptTest.xml',
        'mikepenz__action-junit-report/test_results/junit-web-test/expected.xml',
        'mikepenz__action-junit-report/test_results/junit-web-test/expectedRetries.xml',
      ].sort(),
    );
  });
});
