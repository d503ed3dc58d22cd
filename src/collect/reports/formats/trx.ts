/**
 * Visual Studio TRX (`dotnet test --logger trx`, MSTest, xUnit and NUnit adapters).
 * Each <UnitTestResult> is one run of a test, named by testName; outcome Passed passes,
 * Failed fails, Error and Timeout are errors; NotExecuted, NotRunnable, Inconclusive, Aborted (the
 * run stopped before the test) and the rest are skipped (trx/yami_YAMILEX_*.trx). Data-driven rows nest <InnerResults>: the rows count, their parent does
 * not. The class comes from <TestDefinitions>, which may come after the results, so runs are keyed
 * by testId (unique per test) rather than by class and name.
 */
import type { CaseRecord, Outcome, Tally } from '../tally.ts';
import { CappedText, type Format, type FormatHandler, detailLines, firstLine } from './format.ts';

const OUTCOMES: Record<string, Outcome> = { passed: 'passed', failed: 'failed', error: 'errored', timeout: 'errored' };

interface OpenResult {
  testId: string;
  name: string;
  outcome: Outcome;
  message: CappedText | undefined;
  stack: CappedText | undefined;
  hasInner: boolean;
}

class TrxReader implements FormatHandler {
  title: string | undefined;
  private readonly open_: OpenResult[] = [];
  private reading: 'message' | 'stack' | undefined;
  private readonly tally: Tally;

  constructor(tally: Tally) {
    this.tally = tally;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (name === 'TestRun') this.title = a['name'] || undefined;
    else if (name === 'UnitTestResult') {
      const parent = this.open_.at(-1);
      if (parent) parent.hasInner = true;
      const outcome = OUTCOMES[(a['outcome'] ?? '').toLowerCase()] ?? 'skipped';
      this.open_.push({ testId: a['testId'] ?? a['testName'] ?? '', name: a['testName'] ?? '', outcome, message: undefined, stack: undefined, hasInner: false });
    } else if (name === 'Message' && this.open_.length > 0) {
      this.reading = 'message';
      this.open_.at(-1)!.message ??= new CappedText();
    } else if (name === 'StackTrace' && this.open_.length > 0) {
      this.reading = 'stack';
      this.open_.at(-1)!.stack ??= new CappedText();
    }
  }

  get wantsText(): boolean {
    return this.reading !== undefined;
  }

  text(text: string): void {
    const current = this.open_.at(-1);
    if (!current || !this.reading) return;
    (this.reading === 'message' ? current.message : current.stack)?.add(text);
  }

  close(name: string): void {
    if (name === 'Message' || name === 'StackTrace') this.reading = undefined;
    else if (name === 'UnitTestResult') {
      const r = this.open_.pop()!;
      if (r.hasInner) return; // the rows were counted
      const key = this.open_.length > 0 ? `${r.testId}\u0000${r.name}` : r.testId;
      const record: CaseRecord = { classname: key, name: r.name, outcome: r.outcome };
      const message = firstLine(r.message?.text);
      if (message) record.message = message;
      const details = detailLines(r.stack?.text ?? r.message?.text);
      if (details) record.details = details;
      this.tally.add(record);
    }
  }
}

export const trx: Format = {
  name: 'trx',
  accepts: (root) => root === 'TestRun',
  reader: (tally) => new TrxReader(tally),
};
