/**
 * Reads one report file, whatever its format, into counts and failed tests. The format comes
 * from the root element, never from the file name. A file that is not well-formed, is cut
 * short, or is not a test report is said to be so; it is never counted as passing.
 */
import { type FileHandle, open } from 'node:fs/promises';
import { junit } from './formats/junit.ts';
import { parseResultsJson } from './results-json.ts';
import { nunit } from './formats/nunit.ts';
import { trx } from './formats/trx.ts';
import { xunit } from './formats/xunit.ts';
import type { Format, FormatHandler, FormatName } from './formats/format.ts';
import { Tally } from './tally.ts';
import { XmlError, streamXml } from './xml-stream.ts';
import type { FailedTest, TestCounts } from '../../report/model.ts';

const FORMATS: readonly Format[] = [junit, trx, nunit, xunit];

export type ParsedReport =
  | { kind: 'tests'; format: FormatName | 'results'; title: string | undefined; counts: TestCounts; failed: FailedTest[]; detailsUrl?: string }
  | { kind: 'unreadable'; reason: string };

class NotAReport extends Error {}

export async function parseReport(path: string): Promise<ParsedReport> {
  // A JSON file can only be a results file of another leg; everything else is read as XML.
  const start = await firstBytes(path);
  if (start.kind === 'error') return { kind: 'unreadable', reason: start.reason };
  if (/^(\uFEFF)?\s*\{/.test(start.text)) return parseResultsJson(path, start.size);
  const tally = new Tally();
  let reader: FormatHandler | undefined;
  let format: FormatName | undefined;
  try {
    await streamXml(path, (root, attributes) => {
      const match = FORMATS.find((f) => f.accepts(root, attributes));
      if (!match) throw new NotAReport(`not a test report: the root element <${root}> is not JUnit, TRX, NUnit or xUnit.net XML`);
      format = match.name;
      reader = match.reader(tally);
      return reader;
    });
  } catch (error) {
    if (error instanceof NotAReport) return { kind: 'unreadable', reason: error.message };
    if (error instanceof XmlError) return { kind: 'unreadable', reason: `not well-formed XML (${error.message})` };
    const e = error as NodeJS.ErrnoException;
    return { kind: 'unreadable', reason: e.code ? `cannot read the file (${e.code})` : e.message };
  }
  if (!reader || !format) return { kind: 'unreadable', reason: 'empty: no XML element' };
  if (reader.incomplete) return { kind: 'unreadable', reason: `incomplete: ${reader.incomplete}` };
  return { kind: 'tests', format, title: reader.title, ...tally.result() };
}

async function firstBytes(path: string): Promise<{ kind: 'ok'; text: string; size: number } | { kind: 'error'; reason: string }> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, 'r');
    const { size } = await file.stat();
    const buffer = Buffer.alloc(Math.min(size, 256));
    await file.read(buffer, 0, buffer.length, 0);
    return { kind: 'ok', text: buffer.toString('utf8'), size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'error', reason: code ? `cannot read the file (${code})` : (error as Error).message };
  } finally {
    await file?.close();
  }
}
