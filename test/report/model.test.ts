import { describe, expect, it } from 'vitest';
import { overallStatus, totals } from '../../src/report/model.ts';
import { tested } from '../support/reports.ts';

const green = tested('API', 10);
const red = tested('Web', 5, [{ name: 'renders' }]);
const unreadable = { kind: 'unreadable' as const, label: 'iOS', file: 'ios/junit.xml', reason: 'unexpected end of file' };

describe('overallStatus', () => {
  it('is the job status when the tests agree or there are none', () => {
    expect(overallStatus('success', [])).toBe('success');
    expect(overallStatus('success', [green])).toBe('success');
    expect(overallStatus('failure', [green])).toBe('failure');
  });

  it('is raised to failure by a failed test or an unreadable report', () => {
    expect(overallStatus('success', [green, red])).toBe('failure');
    expect(overallStatus('success', [unreadable])).toBe('failure');
    expect(overallStatus('skipped', [red])).toBe('failure');
    expect(overallStatus('cancelled', [red])).toBe('failure');
  });

  it('is never lowered by passing tests', () => {
    expect(overallStatus('cancelled', [green])).toBe('cancelled');
    expect(overallStatus('skipped', [green])).toBe('skipped');
  });
});

describe('totals', () => {
  it('adds the counts of the components that were read', () => {
    const errored = { ...red, counts: { tests: 3, failures: 1, errors: 2, skipped: 1, flaky: 1 } };
    expect(totals([green, errored, unreadable])).toEqual({ tests: 13, failures: 1, errors: 2, skipped: 1, flaky: 1 });
  });
});
