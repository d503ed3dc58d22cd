/**
 * Reads back the results JSON the action writes in each matrix leg (report/results-file.ts), so a
 * summary job can merge the legs: give the downloaded files to `reports` like any report.
 * Anything that does not look exactly like our schema is refused, by name.
 */
import { readFile } from 'node:fs/promises';
import { RESULTS_SCHEMA } from '../../report/results-file.ts';
import type { FailedTest, TestCounts } from '../../report/model.ts';
import type { ParsedReport } from './parse-report.ts';

/** Larger than any results file the action writes (details are capped per component). */
const MAX_BYTES = 64 * 1024 * 1024;

export async function parseResultsJson(path: string, size: number): Promise<ParsedReport> {
  if (size > MAX_BYTES) return { kind: 'unreadable', reason: `a JSON file of ${size} bytes is not a kchat-notify results file` };
  let value: unknown;
  try {
    value = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    return { kind: 'unreadable', reason: `not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(value) || value['schema'] !== RESULTS_SCHEMA || !Array.isArray(value['components'])) {
    return { kind: 'unreadable', reason: `not a test report: JSON, but not a kchat-notify results file (${RESULTS_SCHEMA})` };
  }
  const counts: TestCounts = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };
  const failed: FailedTest[] = [];
  for (const component of value['components'] as unknown[]) {
    if (!isObject(component)) return broken('a component is not an object');
    if (component['kind'] === 'unreadable') return { kind: 'unreadable', reason: `the leg could not read ${String(component['file'])}: ${String(component['reason'])}` };
    if (component['kind'] === 'missing') {
      if (component['fatal'] === true) return { kind: 'unreadable', reason: `the leg found no report for ${String(component['label'])}` };
      continue;
    }
    const c = component['counts'];
    if (component['kind'] !== 'tested' || !isObject(c)) return broken('a component has no counts');
    for (const key of ['tests', 'failures', 'errors', 'skipped', 'flaky'] as const) {
      const n = c[key];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return broken(`a component's ${key} is not a count`);
      counts[key] += n;
    }
    for (const test of Array.isArray(component['failed']) ? (component['failed'] as unknown[]) : []) {
      if (isObject(test) && typeof test['name'] === 'string') failed.push(failedTest(test, String(component['label'] ?? '')));
    }
  }
  const run = isObject(value['run']) ? value['run'] : {};
  const title = typeof run['job'] === 'string' && run['job'] !== '' ? run['job'] : undefined;
  const detailsUrl = typeof run['url'] === 'string' && /^https?:\/\/[^\s()<>]+$/.test(run['url']) ? run['url'] : undefined;
  return { kind: 'tests', format: 'results', title, counts, failed, ...(detailsUrl ? { detailsUrl } : {}) };
}

function failedTest(test: Record<string, unknown>, label: string): FailedTest {
  const out: FailedTest = { name: test['name'] as string };
  // The leg's component name says where the test ran; keep it in front of the suite.
  const suite = [label, typeof test['suite'] === 'string' ? test['suite'] : ''].filter((s) => s !== '').join(' › ');
  if (suite) out.suite = suite;
  for (const key of ['message', 'details', 'file'] as const) if (typeof test[key] === 'string') out[key] = test[key];
  if (typeof test['line'] === 'number') out.line = test['line'];
  if (test['kind'] === 'failure' || test['kind'] === 'error') out.kind = test['kind'];
  return out;
}

function broken(problem: string): ParsedReport {
  return { kind: 'unreadable', reason: `a damaged kchat-notify results file: ${problem}` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
