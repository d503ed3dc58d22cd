/** One parser per report format, behind one interface: the root element decides which one reads a file. */
import type { XmlHandler } from '../xml-stream.ts';
import type { Tally } from '../tally.ts';

export type FormatName = 'junit' | 'trx' | 'nunit' | 'xunit';

export interface FormatHandler extends XmlHandler {
  /** The report's own name for what it tested (the top suite), if it gives one. */
  readonly title: string | undefined;
  /** Why a well-formed file still cannot be trusted as complete, once read. */
  readonly incomplete?: string | undefined;
}

export interface Format {
  name: FormatName;
  /** Does this format start with this root element? */
  accepts(root: string, attributes: Readonly<Record<string, string>>): boolean;
  /** A handler that reads the whole document into the tally. */
  reader(tally: Tally): FormatHandler;
}

const DETAIL_LINES = 12;
const DETAIL_CHARS = 2000;
const TEXT_CAP = 8000;

/** Collects the text of one element, up to a cap: a multi-megabyte stack trace costs nothing. */
export class CappedText {
  private value = '';

  add(text: string): void {
    if (this.value.length < TEXT_CAP) this.value += text.slice(0, TEXT_CAP - this.value.length);
  }

  get text(): string {
    return this.value;
  }
}

/** The first non-empty line. */
export function firstLine(text: string | undefined): string | undefined {
  const line = text?.split(/\r?\n/).find((l) => l.trim() !== '');
  return line?.trim();
}

/** A few lines of detail, trimmed. */
export function detailLines(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').trimEnd().split('\n').slice(0, DETAIL_LINES).join('\n');
  return lines === '' ? undefined : lines.slice(0, DETAIL_CHARS);
}

/** A line number attribute, when it is one. */
export function lineNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/**
 * The <message> and <stack-trace> children of a failed test (NUnit, xUnit.net): open, text and
 * close events pass through it; it keeps the text of the element being read.
 */
export class MessageAndStack {
  readonly message = new CappedText();
  readonly stack = new CappedText();
  private current: CappedText | undefined;

  /** Inside <message> or <stack-trace>. */
  get reading(): boolean {
    return this.current !== undefined;
  }

  open(name: string): void {
    if (name === 'message') this.current = this.message;
    else if (name === 'stack-trace') this.current = this.stack;
  }

  text(text: string): void {
    this.current?.add(text);
  }

  close(name: string): void {
    if (name === 'message' || name === 'stack-trace') this.current = undefined;
  }

  /** The first line of the message, and a few lines of the stack trace (or of the message). */
  describe(record: { message?: string; details?: string }): void {
    const message = firstLine(this.message.text);
    if (message) record.message = message;
    const details = detailLines(this.stack.text || this.message.text);
    if (details) record.details = details;
  }
}
