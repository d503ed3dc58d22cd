/**
 * NUnit 3 (<test-run>) and NUnit 2 (<test-results>, or a bare <test-suite>).
 * NUnit 3: result Passed passes; Failed fails, as an error when its label is Error, Cancelled or
 * Invalid (an exception rather than an assertion); Skipped and Inconclusive are skipped; Warning passes.
 * NUnit 2: executed="False" is skipped; result Success passes; Failure fails; Error and Cancelled
 * are errors; Ignored, Skipped, NotRunnable and Inconclusive are skipped. Without a result, the
 * success attribute decides, and without that a <failure> child (nunit3/jenkins/NUnit-issue6353.xml).
 * Parameterised cases are separate <test-case>s with distinct full names, so each counts.
 */
import type { CaseRecord, Outcome, Tally } from '../tally.ts';
import { type Format, type FormatHandler, MessageAndStack } from './format.ts';

const NUNIT3: Record<string, Outcome> = { passed: 'passed', failed: 'failed', skipped: 'skipped', inconclusive: 'skipped', warning: 'passed' };
const NUNIT2: Record<string, Outcome> = {
  success: 'passed',
  failure: 'failed',
  error: 'errored',
  cancelled: 'errored',
  ignored: 'skipped',
  skipped: 'skipped',
  notrunnable: 'skipped',
  inconclusive: 'skipped',
};
const ERROR_LABELS = new Set(['error', 'cancelled', 'invalid']);

class NUnitReader implements FormatHandler {
  title: string | undefined;
  private readonly suites: string[] = [];
  private current: { classname: string; name: string; outcome: Outcome | undefined; failure: boolean; text: MessageAndStack } | undefined;
  private readonly tally: Tally;

  constructor(tally: Tally) {
    this.tally = tally;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (name === 'test-run' || name === 'test-results') this.title ??= a['name'] || undefined;
    else if (name === 'test-suite') {
      this.title ??= a['name'] || undefined;
      this.suites.push(a['fullname'] ?? a['name'] ?? '');
    } else if (name === 'test-case') {
      this.current = { classname: a['classname'] ?? this.suites.at(-1) ?? '', name: a['fullname'] ?? a['name'] ?? '', outcome: outcomeOf(a), failure: false, text: new MessageAndStack() };
    } else if (this.current && name === 'failure') this.current.failure = true;
    else this.current?.text.open(name);
  }

  get wantsText(): boolean {
    return this.current?.text.reading ?? false;
  }

  text(text: string): void {
    this.current?.text.text(text);
  }

  close(name: string): void {
    this.current?.text.close(name);
    if (name === 'test-suite') this.suites.pop();
    else if (name === 'test-case' && this.current) {
      const c = this.current;
      const outcome = c.outcome ?? (c.failure ? 'failed' : 'passed');
      const record: CaseRecord = { classname: c.classname, name: c.name, outcome };
      if (outcome === 'failed' || outcome === 'errored') c.text.describe(record);
      this.tally.add(record);
      this.current = undefined;
    }
  }
}

/** The outcome the attributes give; undefined when only a <failure> child can tell (old NUnit 2). */
function outcomeOf(a: Readonly<Record<string, string>>): Outcome | undefined {
  const result = (a['result'] ?? '').toLowerCase();
  if (a['executed']?.toLowerCase() === 'false') return 'skipped';
  if (result === 'failed' && ERROR_LABELS.has((a['label'] ?? '').toLowerCase())) return 'errored';
  const known = NUNIT3[result] ?? NUNIT2[result];
  if (known) return known;
  const success = a['success']?.toLowerCase();
  if (success === 'false') return 'failed';
  if (success === 'true') return 'passed';
  // No result, or a success attribute that says neither (success="Turue" in NUnit-multinamespace.xml).
  return result === '' ? undefined : 'skipped';
}

export const nunit: Format = {
  name: 'nunit',
  accepts: (root) => root === 'test-run' || root === 'test-results' || root === 'test-suite',
  reader: (tally) => new NUnitReader(tally),
};
