/**
 * JUnit XML in its many dialects (Surefire, Gradle, pytest, jest-junit, vitest, mocha, go-junit-
 * report, gotestsum, PHPUnit, CTest, GoogleTest, Catch2, rspec, bats, Playwright, Cypress...).
 *
 * Counting rules, with the corpus files that show them (shared/corpus, see test/fixtures/NOTICE):
 * - Every <testcase> counts, at any depth of nested <testsuite>s (junit-xml/testsuite-in-testsuite.xml,
 *   mikepenz nested/junit.xml); the suites' tests/failures/skipped attributes are never read: Surefire's
 *   include reruns, others are missing (minimal-attributes.xml) or contradict the cases
 *   (no-cases-but-tests.xml says tests="6" and holds none: 0 tests).
 * - <error> is an error, <failure> a failure, kept apart; a case holding both counts once, as an
 *   error (junit.multiresult.xml).
 * - Skipped: <skipped>, and status="disabled" / "notrun" / "skipped" or result="skipped" on the case
 *   (tst/disabled.xml, mikepenz issues/testDisabled.xml).
 * - Flaky: <flakyFailure>/<flakyError> on a case without <failure>/<error> passed after failing
 *   (mikepenz maven_surefire_flaky, junit_flaky_failure); <rerunFailure>/<rerunError> go with a final
 *   <failure>/<error> and change nothing.
 * - Repeats of one classname and name in a file are one test (mikepenz flaky_retries/*), see tally.ts.
 * - time attributes are never read, so "0,123" or "<<computed>>" cannot break a count.
 */
import type { CaseRecord, Tally } from '../tally.ts';
import { CappedText, type Format, type FormatHandler, detailLines, firstLine, lineNumber } from './format.ts';

const SKIPPED_STATUS = new Set(['disabled', 'notrun', 'skipped', 'skip', 'ignored']);

interface OpenCase {
  record: CaseRecord;
  error: boolean;
  failure: boolean;
  skipped: boolean;
  flaky: boolean;
}

class JUnitReader implements FormatHandler {
  title: string | undefined;
  /** Tests the outermost suites say they hold; read only to notice a report that lists none of them. */
  declaredTests = 0;
  private cases = 0;
  private readonly suites: string[] = [];
  private current: OpenCase | undefined;
  /** The <failure> or <error> being read: its message attribute and text. */
  private problem: { message: string | undefined; text: CappedText; type: string | undefined } | undefined;
  private readonly tally: Tally;

  constructor(tally: Tally) {
    this.tally = tally;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    switch (name) {
      case 'testsuites':
        if (this.suites.length === 0 && a['name']) this.title = a['name'];
        break;
      case 'testsuite':
        this.title ??= a['name'] || undefined;
        if (this.suites.length === 0) this.declaredTests += Number(a['tests']) || 0;
        this.suites.push(a['name'] ?? '');
        break;
      case 'testcase': {
        this.cases++;
        const suite = this.suites.at(-1) ?? '';
        const record: CaseRecord = { classname: a['classname'] ?? a['class'] ?? suite, name: a['name'] ?? '', outcome: 'passed', suite };
        const file = a['file'] ?? a['filepath'];
        if (file) record.file = file;
        const line = lineNumber(a['line'] ?? a['lineno']);
        if (line !== undefined) record.line = line;
        const status = (a['status'] ?? a['result'] ?? '').toLowerCase();
        this.current = { record, error: false, failure: false, skipped: SKIPPED_STATUS.has(status), flaky: false };
        break;
      }
      case 'failure':
      case 'error':
        if (!this.current) break;
        this.current[name] = true;
        if (!this.problem) this.problem = { message: a['message'], text: new CappedText(), type: a['type'] };
        break;
      case 'skipped':
        if (this.current) this.current.skipped = true;
        break;
      case 'flakyFailure':
      case 'flakyError':
        if (this.current) this.current.flaky = true;
        break;
    }
  }

  get wantsText(): boolean {
    return this.problem !== undefined;
  }

  text(text: string): void {
    this.problem?.text.add(text);
  }

  close(name: string): void {
    if (name === 'testsuite') this.suites.pop();
    else if ((name === 'failure' || name === 'error') && this.problem && this.current) this.keepProblem();
    else if (name === 'testcase' && this.current) {
      const c = this.current;
      c.record.outcome = c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed';
      if (c.flaky && c.record.outcome === 'passed') c.record.flaky = true;
      this.tally.add(c.record);
      this.current = undefined;
      this.problem = undefined;
    }
  }

  /** A file that says it ran tests but lists none (cut, or written before the tests ran) cannot pass for green. */
  get incomplete(): string | undefined {
    return this.cases === 0 && this.declaredTests > 0 ? `the report says ${this.declaredTests} tests ran but lists none of them` : undefined;
  }

  private keepProblem(): void {
    const { message, text, type } = this.problem!;
    const record = this.current!.record;
    if (record.message === undefined) {
      const first = firstLine(message) ?? firstLine(text.text) ?? type;
      if (first) record.message = first;
      const details = detailLines(text.text);
      if (details) record.details = details;
    }
  }
}

export const junit: Format = {
  name: 'junit',
  accepts: (root) => root === 'testsuites' || root === 'testsuite',
  reader: (tally) => new JUnitReader(tally),
};
