import { describe, expect, it } from 'vitest';
import { parseReportsInput } from '../../src/collect/reports/reports-input.ts';

describe('parseReportsInput', () => {
  it('reads labelled lines, bare globs, several globs, and skips blanks and comments', () => {
    const lines = parseReportsInput(`
      Server: server/target/surefire-reports/*.xml
      # the web client
      Web client: web/junit.xml, web/e2e/**/*.xml
      ios/build/test-results/**/*.xml

      Matrix: reports/{linux,macos}/*.xml, !reports/**/flaky-*.xml
    `);
    expect(lines).toEqual([
      { text: 'Server: server/target/surefire-reports/*.xml', label: 'Server', patterns: ['server/target/surefire-reports/*.xml'] },
      { text: 'Web client: web/junit.xml, web/e2e/**/*.xml', label: 'Web client', patterns: ['web/junit.xml', 'web/e2e/**/*.xml'] },
      { text: 'ios/build/test-results/**/*.xml', label: undefined, patterns: ['ios/build/test-results/**/*.xml'] },
      { text: 'Matrix: reports/{linux,macos}/*.xml, !reports/**/flaky-*.xml', label: 'Matrix', patterns: ['reports/{linux,macos}/*.xml', '!reports/**/flaky-*.xml'] },
    ]);
  });

  it('does not take a colon without a space for a label', () => {
    expect(parseReportsInput('C:\\reports\\*.xml')).toEqual([{ text: 'C:\\reports\\*.xml', label: undefined, patterns: ['C:\\reports\\*.xml'] }]);
  });

  it.each([
    [': a.xml', /empty label/],
    ['Label: ', /names no file pattern/],
    ['Label: ,', /names no file pattern/],
  ])('refuses %j, naming the input', (raw, message) => {
    expect(() => parseReportsInput(raw)).toThrow(message);
    expect(() => parseReportsInput(raw)).toThrow(/^Input 'reports'/);
  });
});
