/** Writes JUnit XML files with chosen counts, as a test runner would. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export function junitXml(suite: string, tests: number, failed: number, skipped = 0): string {
  const cases: string[] = [];
  for (let i = 0; i < tests; i++) {
    const name = `${suite.toLowerCase().replace(/\W+/g, '_')}_test_${i}`;
    if (i < failed) cases.push(`<testcase classname="${suite}.Spec" name="${name}" time="0.01"><failure message="expected ${i} but was ${i + 1}">at ${suite}.Spec.${name}(Spec.java:${i + 10})</failure></testcase>`);
    else if (i < failed + skipped) cases.push(`<testcase classname="${suite}.Spec" name="${name}"><skipped/></testcase>`);
    else cases.push(`<testcase classname="${suite}.Spec" name="${name}" time="0.01"/>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${suite}" tests="${tests}" failures="${failed}">\n${cases.join('\n')}\n</testsuite>\n`;
}

export async function writeJunit(path: string, suite: string, tests: number, failed: number, skipped = 0): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, junitXml(suite, tests, failed, skipped));
}
