/**
 * xUnit.net v2 XML (<assemblies>, or one <assembly>). Each <test> counts: result Pass passes,
 * Fail fails, Skip and NotRun are skipped. Its class is the type attribute.
 */
import type { CaseRecord, Outcome, Tally } from '../tally.ts';
import { type Format, type FormatHandler, MessageAndStack } from './format.ts';

const OUTCOMES: Record<string, Outcome> = { pass: 'passed', fail: 'failed', skip: 'skipped', notrun: 'skipped' };

class XunitReader implements FormatHandler {
  title: string | undefined;
  private current: { classname: string; name: string; outcome: Outcome; text: MessageAndStack } | undefined;
  private readonly tally: Tally;

  constructor(tally: Tally) {
    this.tally = tally;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (name === 'assembly') this.title ??= (a['name'] ?? '').split(/[\\/]/).at(-1) || undefined;
    else if (name === 'test') {
      this.current = { classname: a['type'] ?? '', name: a['name'] ?? a['method'] ?? '', outcome: OUTCOMES[(a['result'] ?? '').toLowerCase()] ?? 'skipped', text: new MessageAndStack() };
    } else this.current?.text.open(name);
  }

  get wantsText(): boolean {
    return this.current?.text.reading ?? false;
  }

  text(text: string): void {
    this.current?.text.text(text);
  }

  close(name: string): void {
    this.current?.text.close(name);
    if (name === 'test' && this.current) {
      const c = this.current;
      const record: CaseRecord = { classname: c.classname, name: c.name, outcome: c.outcome };
      if (c.outcome === 'failed') c.text.describe(record);
      this.tally.add(record);
      this.current = undefined;
    }
  }
}

export const xunit: Format = {
  name: 'xunit',
  accepts: (root) => root === 'assemblies' || root === 'assembly',
  reader: (tally) => new XunitReader(tally),
};
