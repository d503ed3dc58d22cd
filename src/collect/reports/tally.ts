/**
 * Counts the test cases of one report file as they stream past: a 64-bit hash per distinct test
 * name (test-key-table.ts), and details only for failures. A test that runs again after failing
 * (reruns, retries: mikepenz flaky_retries/*) is one test: passed if a later run passed, and then
 * flaky; else errored or failed. Repeats are keyed by suite, class and name, so the same name in two suites
 * is two tests.
 */
import type { FailedTest, TestCounts } from '../../report/model.ts';
import { TestKeyTable } from './test-key-table.ts';

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
  /** The latest instance of each test: its outcome bits, keyed by a hash of suite, class and name. */
  private readonly latest = new TestKeyTable();
  /** Details of failed tests, by the same key as a string, in report order. */
  private readonly failures = new Map<string, FailedTest>();
  private readonly counts: TestCounts = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };

  add(record: CaseRecord): void {
    const bits = BIT[record.outcome] | (record.flaky ? FLAKY : 0);
    // A case with no name cannot be told from another: each one is a test of its own.
    if (record.name === '') {
      this.settle(bits);
      if (bits & (FAILED | ERRORED)) this.keepFailure(`#${this.counts.tests}`, record);
      return;
    }
    hash64(record.suite ?? '', record.classname, record.name);
    const high = hashHigh;
    const low = hashLow;
    // A repeat is a retry when the runs so far failed and none passed: it joins them. After a
    // pass or a skip, the same name is another test (jest's test.each, parameterised TestNG
    // methods, a data provider): a failure there is never hidden by an earlier pass.
    const slot = this.latest.slotOf(high, low);
    const previous = this.latest.valueAt(slot);
    const retry = previous !== 0 && isRetry(previous);
    if (previous !== 0 && !retry) this.settle(previous, high, low);
    this.latest.put(slot, high, low, retry ? previous | bits : bits);
    if (bits & (FAILED | ERRORED)) this.keepFailure(failureKey(high, low), record);
  }

  result(): { counts: TestCounts; failed: FailedTest[] } {
    this.latest.drain((high, low, bits) => this.settle(bits, high, low));
    return { counts: { ...this.counts }, failed: [...this.failures.values()] };
  }

  private keepFailure(key: string, record: CaseRecord): void {
    if (!this.failures.has(key) && this.failures.size < MAX_FAILURE_DETAILS) this.failures.set(key, failedTest(record));
  }

  /** Counts one finished test; forgets the details of a failure that a later run made good. */
  private settle(bits: number, high = 0, low = 0): void {
    this.counts.tests++;
    if (bits & PASSED) {
      if (bits & (FAILED | ERRORED | FLAKY)) {
        this.counts.flaky++;
        this.failures.delete(failureKey(high, low));
      }
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

/** Earlier runs that failed and never passed: the next run with this name retries them. */
function isRetry(previous: number): boolean {
  return (previous & (FAILED | ERRORED)) !== 0 && (previous & PASSED) === 0;
}

function failureKey(high: number, low: number): string {
  return `${high}:${low}`;
}

// The last hash64 result: two numbers without an array per test.
let hashHigh = 0;
let hashLow = 0;
// Consecutive cases share their suite and class: their hash state is kept, not recomputed.
let lastSuite: string | undefined;
let lastClass: string | undefined;
let prefixA = 0;
let prefixB = 0;

/**
 * Two 32-bit FNV-1a lanes with different multipliers over suite, class and name (each ended by
 * a NUL): 64 bits, collisions negligible below billions of tests.
 */
function hash64(suite: string, classname: string, name: string): void {
  if (suite !== lastSuite || classname !== lastClass) {
    fnv(suite, 0x811c9dc5, 0x01000193 ^ 0x5bd1e995);
    fnv(classname, hashLow, hashHigh);
    prefixA = hashLow;
    prefixB = hashHigh;
    lastSuite = suite;
    lastClass = classname;
  }
  fnv(name, prefixA, prefixB);
}

/** Sets hashLow and hashHigh: no array allocated per test. */
function fnv(text: string, a: number, b: number): void {
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0; // the NUL that ends each part
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  hashLow = a >>> 0;
  hashHigh = b >>> 0;
}
