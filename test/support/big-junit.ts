/** Writes a JUnit file of about `bytes` bytes, streaming, as a large Surefire-style suite would look. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface BigReport {
  tests: number;
  failed: number;
  skipped: number;
}

export async function writeBigJunit(path: string, bytes: number): Promise<BigReport> {
  const out = createWriteStream(path);
  const counts: BigReport = { tests: 0, failed: 0, skipped: 0 };
  let written = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="big">\n');
  for (let suite = 0; written < bytes - 2000; suite++) {
    await write(`<testsuite name="com.example.module${suite}.ServiceTest" tests="200" time="12,5">\n`);
    for (let i = 0; i < 200 && written < bytes - 2000; i++) {
      counts.tests++;
      const head = `<testcase classname="com.example.module${suite}.ServiceTest" name="handles request number ${i} with care" time="0.0${i % 10}"`;
      if (i % 97 === 0) {
        counts.failed++;
        await write(`${head}><failure message="expected &lt;200&gt; but was &lt;500&gt;" type="java.lang.AssertionError">java.lang.AssertionError: expected &lt;200&gt; but was &lt;500&gt;\n\tat com.example.module${suite}.ServiceTest.test${i}(ServiceTest.java:${i + 10})\n\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)</failure></testcase>\n`);
      } else if (i % 53 === 0) {
        counts.skipped++;
        await write(`${head}><skipped message="disabled on CI"/></testcase>\n`);
      } else {
        await write(`${head}><system-out><![CDATA[started ${i}\nfinished ${i}]]></system-out></testcase>\n`);
      }
    }
    await write('</testsuite>\n');
  }
  await write('</testsuites>\n');
  out.end();
  await once(out, 'finish');
  return counts;
}
