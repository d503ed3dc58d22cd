import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/context/run-context.ts';
import { allEventExamples, eventExample } from '../support/github-events.ts';
import { renderFirstMessage } from '../../src/render/first-message.ts';

const RUNNER = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/rocket',
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_NUMBER: '7',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'build',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: 'abc',
  GITHUB_ACTOR: 'octocat',
};

describe('readRunContext', () => {
  it('reads a push run', () => {
    expect(readRunContext(RUNNER, eventExample('push'))).toEqual({
      serverUrl: 'https://github.com',
      repository: 'acme/rocket',
      workflow: 'CI',
      job: 'build',
      eventName: 'push',
      ref: { kind: 'branch', name: 'main' },
      sha: 'abc',
      actor: 'octocat',
      runNumber: '7',
      runUrl: 'https://github.com/acme/rocket/actions/runs/99',
    });
  });

  it('uses the head branch of a pull request, tags, and GHES URLs', () => {
    expect(readRunContext({ ...RUNNER, GITHUB_HEAD_REF: 'feature/x', GITHUB_REF: 'refs/pull/3/merge', GITHUB_REF_NAME: '3/merge' }, {}).ref).toEqual({ kind: 'branch', name: 'feature/x' });
    expect(readRunContext({ ...RUNNER, GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_REF_NAME: 'v1.2.0' }, {}).ref).toEqual({ kind: 'tag', name: 'v1.2.0' });
    expect(readRunContext({ ...RUNNER, GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_RUN_ATTEMPT: '3' }, {}).runUrl).toBe(
      'https://ghe.example.com/acme/rocket/actions/runs/99/attempts/3',
    );
  });

  it('falls back to the event payload outside the runner, and has no run link without a run id', () => {
    const context = readRunContext({}, eventExample('push'));
    expect(context.repository).toMatch(/\//);
    expect(context.actor).not.toBe('');
    expect(context.runUrl).toBeUndefined();
    expect(context.ref).toBeUndefined();
  });
});

describe('renderFirstMessage', () => {
  it('shows status, repository, branch and the run link', () => {
    const text = renderFirstMessage(readRunContext(RUNNER, {}), 'failure');
    expect(text).toBe('#### :x: Failed: acme/rocket\nCI / build · branch main · [run #7](https://github.com/acme/rocket/actions/runs/99)');
  });

  it.each(['success', 'failure', 'cancelled', 'skipped'] as const)('has a heading for %s', (status) => {
    expect(renderFirstMessage(readRunContext(RUNNER, {}), status)).toMatch(/^#### :[a-z_]+: [A-Z][a-z]+: acme\/rocket\n/);
  });

  it('renders a heading and a run link for every @octokit/webhooks-examples payload', () => {
    const examples = allEventExamples();
    expect(examples.length).toBeGreaterThan(300);
    for (const { event, payload } of examples) {
      const text = renderFirstMessage(readRunContext({ ...RUNNER, GITHUB_REPOSITORY: '', GITHUB_EVENT_NAME: event }, payload), 'success');
      expect(text, event).toMatch(/^#### /);
      if ((payload as { repository?: unknown }).repository) expect(text, event).toContain('/actions/runs/99)');
    }
  });
});
