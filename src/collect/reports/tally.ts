/**
 * Counts the test cases of one report file as they stream past: a 53-bit hash per distinct test
 * name, and details only for failures. A test that runs again after a failure (reruns, retries:
 * mikepenz flaky_retries/*) is one test: passed if any run passed, and then flaky; else errored,
 * failed or skipped. Repeats are keyed by suite, class and name, so the same name in two suites
 * is two tests.
 */
import type { FailedTest, TestCounts } from '../../report/model.ts';

export type Outcome = 'passed' | 'failed' | 'errored' | 'skipped';

export interface CaseRecord {
  /** The class that, with the suite, makes the name unique. */
  classname: string;
  name: string;
  outcome: Outcome;
  /** Failed at first and then passed, as the report itself says (Surefire's flakyFailure). */
  flaky?: boolean;
  /** The enclosing suite: the same class and name in two suites (two jest files) are two tests. */
  suite?: string;
  message?: string;
  details?: string;
  file?: string;
  line?: number;
}

const PASSED = 1;
const FAILED = 2;
const ERRORED = 4;
const SKIPPED = 8;
const FLAKY = 16;
const BIT: Record<Outcome, number> = { passed: PASSED, failed: FAILED, errored: ERRORED, skipped: SKIPPED };

/** Failed tests kept with their details per file; the counts stay exact beyond it. */
export const MAX_FAILURE_DETAILS = 1000;

export class Tally {
  /** The latest instance of each test: its outcome bits. */
  private readonly latest = new Map<number, number>();
  private readonly failures = new Map<number, FailedTest>();
  private readonly counts: TestCounts = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };
  private unnamed = 0;

  add(record: CaseRecord): void {
    // A case with no name cannot be told from another: each one is a test of its own.
    const key = record.name === '' ? -++this.unnamed : hash53(`${record.suite ?? ''}\u0000${record.classname}\u0000${record.name}`);
    const bits = BIT[record.outcome] | (record.flaky ? FLAKY : 0);
    const previous = this.latest.get(key);
    // A repeat is another run of the same test (a retry) when either run failed; two passing or
    // skipped runs of one name are two tests (jest's test.each, parameterised TestNG methods).
    const retry = previous !== undefined && ((previous | bits) & (FAILED | ERRORED)) !== 0;
    if (previous !== undefined && !retry) this.settle(key, previous);
    this.latest.set(key, retry ? previous | bits : bits);
    if ((record.outcome === 'failed' || record.outcome === 'errored') && !this.failures.has(key) && this.failures.size < MAX_FAILURE_DETAILS) {
      this.failures.set(key, failedTest(record));
    }
  }

  result(): { counts: TestCounts; failed: FailedTest[] } {
    for (const [key, bits] of this.latest) this.settle(key, bits);
    this.latest.clear();
    return { counts: { ...this.counts }, failed: [...this.failures.values()] };
  }

  /** Counts one finished test; forgets the details of a failure that a later run made good. */
  private settle(key: number, bits: number): void {
    this.counts.tests++;
    if (bits & PASSED) {
      if (bits & (FAILED | ERRORED | FLAKY)) this.counts.flaky++;
      this.failures.delete(key);
    } else if (bits & ERRORED) this.counts.errors++;
    else if (bits & FAILED) this.counts.failures++;
    else this.counts.skipped++;
  }
}

function failedTest(record: CaseRecord): FailedTest {
  const test: FailedTest = { name: record.name, kind: record.outcome === 'errored' ? 'error' : 'failure' };
  const suite = record.classname || record.suite;
  if (suite) test.suite = suite;
  if (record.message) test.message = record.message;
  if (record.details) test.details = record.details;
  if (record.file) test.file = record.file;
  if (record.line !== undefined) test.line = record.line;
  return test;
}

/** Two 32-bit FNV-1a lanes with different offsets, folded into 53 bits: a safe Map key, collisions negligible below billions of tests. */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((b >>> 0) & 0x1fffff) * 0x100000000 + (a >>> 0);
}
