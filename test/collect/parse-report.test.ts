import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/collect/reports/parse-report.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kchat-notify-parse-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function parse(xml: string | Buffer, name = 'report.xml') {
  const path = join(dir, name);
  await writeFile(path, xml);
  return parseReport(path);
}

const junit = (cases: string, root = '<testsuites name="All">', end = '</testsuites>') => `<?xml version="1.0"?>${root}<testsuite name="S">${cases}</testsuite>${end}`;

describe('JUnit counting rules', () => {
  it('counts cases at every depth, never the count attributes', async () => {
    const r = await parse(`<testsuites tests="99" failures="50"><testsuite name="a" tests="1"><testcase name="x"/><testsuite name="b"><testsuite name="c"><testcase name="y"/></testsuite></testsuite></testsuite></testsuites>`);
    expect(r).toMatchObject({ kind: 'tests', format: 'junit', counts: { tests: 2, failures: 0, errors: 0, skipped: 0 } });
  });

  it('keeps failures and errors apart, an error winning in a case that has both', async () => {
    const r = await parse(junit('<testcase name="f"><failure message="boom"/></testcase><testcase name="e"><error/></testcase><testcase name="both"><failure/><error/><skipped/></testcase>'));
    expect(r).toMatchObject({ counts: { tests: 3, failures: 1, errors: 2, skipped: 0 } });
  });

  it.each(['<skipped/>', ''])('skips <skipped> and disabled / notrun / skipped statuses (%s)', async (child) => {
    const r = await parse(junit(`<testcase name="a">${child || '<skipped/>'}</testcase><testcase name="b" status="disabled"/><testcase name="c" status="notrun"/><testcase name="d" result="skipped"/><testcase name="e" status="run"/>`));
    expect(r).toMatchObject({ counts: { tests: 5, skipped: 4, failures: 0 } });
  });

  it('counts a passing case with flakyFailure as passed and flaky', async () => {
    const r = await parse(junit('<testcase name="a"><flakyFailure message="once"/></testcase><testcase name="b"><rerunFailure/><failure/></testcase>'));
    expect(r).toMatchObject({ counts: { tests: 2, failures: 1, flaky: 1 } });
  });

  it('merges a retry after a failure, but not two passing cases of one name', async () => {
    const r = await parse(junit('<testcase classname="C" name="t"><failure/></testcase><testcase classname="C" name="t"/><testcase classname="C" name="p"/><testcase classname="C" name="p"/><testcase classname="D" name="t"/>'));
    expect(r).toMatchObject({ counts: { tests: 4, failures: 0, flaky: 1 } });
    if (r.kind === 'tests') expect(r.failed).toEqual([]);
  });

  it('never hides a failure behind an earlier pass of the same name', async () => {
    const r = await parse(junit('<testcase classname="C" name="t"/><testcase classname="C" name="t"><failure/></testcase>'));
    expect(r).toMatchObject({ counts: { tests: 2, failures: 1, flaky: 0 } });
  });

  it('flags a file that declares tests but lists none, and accepts an empty suite', async () => {
    expect(await parse('<testsuites><testsuite name="s" tests="6" failures="1"/></testsuites>')).toEqual({ kind: 'unreadable', reason: 'incomplete: the report says 6 tests ran but lists none of them' });
    expect(await parse('<testsuites><testsuite name="s" tests="0"/></testsuites>')).toMatchObject({ kind: 'tests', counts: { tests: 0 } });
  });

  it('keeps the same name in two suites apart', async () => {
    const r = await parse(`<testsuites><testsuite name="one"><testcase name="t"><failure/></testcase></testsuite><testsuite name="two"><testcase name="t"/></testsuite></testsuites>`);
    expect(r).toMatchObject({ counts: { tests: 2, failures: 1, flaky: 0 } });
  });

  it('reports failure details: suite, name, first line, a few lines more, file and line', async () => {
    const r = await parse(junit(`<testcase classname="LoginSpec" name="rejects" file="spec/login.ts" line="12"><failure message="expected 401&#10;got 200" type="AssertionError">stack line 1\nstack line 2</failure></testcase><testcase name="no message"><error type="Timeout"><![CDATA[\n\nTimed out after 5s\nat x]]></error></testcase>`));
    expect(r.kind === 'tests' && r.failed).toEqual([
      { name: 'rejects', suite: 'LoginSpec', message: 'expected 401', details: 'stack line 1\nstack line 2', file: 'spec/login.ts', line: 12, kind: 'failure' },
      { name: 'no message', suite: 'S', message: 'Timed out after 5s', details: 'Timed out after 5s\nat x', kind: 'error' },
    ]);
  });

  it('takes the label from the top suite', async () => {
    expect(await parse(junit('<testcase name="a"/>'))).toMatchObject({ title: 'All' });
    expect(await parse('<testsuite name="pytest"><testcase name="a"/></testsuite>')).toMatchObject({ title: 'pytest' });
    expect(await parse('<testsuites><testsuite name="first"/><testsuite name="second"/></testsuites>')).toMatchObject({ title: 'first' });
  });

  it('tolerates garbage in time attributes', async () => {
    expect(await parse(junit('<testcase name="a" time="0,123"/><testcase name="b" time="n/a"/>'))).toMatchObject({ counts: { tests: 2 } });
  });
});

describe('never fooled by a broken file', () => {
  it.each([
    ['truncated', junit('<testcase name="a"/>').slice(0, -20), /^not well-formed XML \(line 1, column \d+: unclosed tag: testsuite\)$/],
    ['empty', '', /^not well-formed XML \(.*document must contain a root element/],
    ['not XML', 'PASS all tests\n', /^not well-formed XML/],
    ['a NUL byte', junit('<testcase name="a\u0000"/>'), /^not well-formed XML \(line 1, column \d+: disallowed character/],
    ['a raw < in an attribute', junit('<testcase name="a" time="<<computed>>"/>'), /^not well-formed XML/],
    ['an unknown root', '<suites><suite><case/></suite></suites>', /^not a test report: the root element <suites> is not JUnit, TRX, NUnit or xUnit.net XML$/],
    ['invalid UTF-8', Buffer.concat([Buffer.from('<testsuite name="'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('"/>')]), /^not well-formed XML \(.*not valid UTF-8 text\)$/],
  ])('%s is unreadable, with the reason and position', async (_name, content, reason) => {
    const r = await parse(content);
    expect(r.kind).toBe('unreadable');
    expect(r.kind === 'unreadable' && r.reason).toMatch(reason);
  });

  it('reads UTF-8 with a byte order mark, and UTF-16', async () => {
    expect(await parse(`\uFEFF${junit('<testcase name="é"/>')}`)).toMatchObject({ counts: { tests: 1 } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(junit('<testcase name="ü"/>').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le')]);
    expect(await parse(utf16)).toMatchObject({ counts: { tests: 1 } });
  });

  it('says when the file cannot be read at all', async () => {
    expect(await parseReport(join(dir, 'missing.xml'))).toEqual({ kind: 'unreadable', reason: 'cannot read the file (ENOENT)' });
  });
});

describe('external entities are never loaded', () => {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.end('<!ENTITY pwned "pwned">');
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('neither a local file nor a loopback URL: the report is flagged unreadable', async () => {
    const secret = join(dir, 'secret.txt');
    await writeFile(secret, 'TOP-SECRET');
    for (const target of [`file://${secret}`, `http://127.0.0.1:${port}/entity`]) {
      const xml = `<?xml version="1.0"?><!DOCTYPE testsuite [<!ENTITY xxe SYSTEM "${target}"><!ENTITY % p SYSTEM "${target}"> %p;]><testsuite name="s"><testcase name="&xxe;"><failure message="&xxe;"/></testcase></testsuite>`;
      const r = await parse(xml);
      expect(r.kind).toBe('unreadable');
      expect(JSON.stringify(r)).not.toContain('TOP-SECRET');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hits).toBe(0);
  });
});
