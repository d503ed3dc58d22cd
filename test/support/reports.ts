/** Builders of report objects for renderer tests. */
import type { JobStatus } from '../../src/config/inputs.ts';
import type { RunContext } from '../../src/context/run-context.ts';
import { type ComponentResult, type FailedTest, type Report, type TestedComponent, overallStatus } from '../../src/report/model.ts';
import type { MessageSettings } from '../../src/render/message.ts';

export const CONTEXT: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/rocket',
  workflow: 'CI',
  job: 'test',
  eventName: 'push',
  ref: { kind: 'branch', name: 'main' },
  commit: { sha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432', url: 'https://github.com/acme/rocket/commit/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432', title: 'Speed up the login page' },
  pullRequest: undefined,
  actor: 'octocat',
  triggeringActor: undefined,
  runNumber: '17',
  runAttempt: 1,
  runUrl: 'https://github.com/acme/rocket/actions/runs/4242',
};

export function tested(label: string, tests: number, failed: FailedTest[] = [], extra: Partial<TestedComponent> = {}): TestedComponent {
  return { kind: 'tested', label, counts: { tests, failures: failed.length, errors: 0, skipped: 0, flaky: 0 }, failed, ...extra };
}

export function report(jobStatus: JobStatus, components: ComponentResult[] = [], extra: Partial<Report> = {}): Report {
  return {
    status: overallStatus(jobStatus, components),
    jobStatus,
    context: CONTEXT,
    components,
    at: new Date('2023-07-27T09:30:00Z'),
    ...extra,
  };
}

export function settings(extra: Partial<MessageSettings> = {}): MessageSettings {
  return { language: 'en', timeZone: 'UTC', mention: { who: ['@channel'], on: new Set(['failure']) }, ...extra };
}
