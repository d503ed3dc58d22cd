import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/context/run-context.ts';
import { eventExample } from '../support/github-events.ts';

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
      commit: undefined, // 'abc' is not a commit sha
      pullRequest: undefined,
      actor: 'octocat',
      triggeringActor: undefined,
      runNumber: '7',
      runAttempt: 1,
      runUrl: 'https://github.com/acme/rocket/actions/runs/99',
    });
  });

  it("reads a push's head commit, and its message's first line", () => {
    const payload = eventExample('push');
    const head = payload['head_commit'] as { id: string; message: string };
    head.message = 'Fix the login\n\nLong body';
    const context = readRunContext({ ...RUNNER, GITHUB_SHA: head.id }, payload);
    expect(context.commit).toEqual({ sha: head.id, url: `https://github.com/acme/rocket/commit/${head.id}`, title: 'Fix the login' });
  });

  it("reads a pull request's number, title and head commit, not the merge commit", () => {
    const payload = eventExample('pull_request', 'opened');
    const pr = payload['pull_request'] as { number: number; title: string; head: { sha: string } };
    const context = readRunContext({ ...RUNNER, GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'f'.repeat(40) }, payload);
    expect(context.pullRequest).toEqual({ number: pr.number, title: pr.title, url: `https://github.com/acme/rocket/pull/${pr.number}` });
    expect(context.commit).toEqual({ sha: pr.head.sha, url: `https://github.com/acme/rocket/commit/${pr.head.sha}`, title: undefined });
  });

  it('names who re-ran the job, when it is not the actor', () => {
    expect(readRunContext({ ...RUNNER, GITHUB_TRIGGERING_ACTOR: 'octocat' }, {}).triggeringActor).toBeUndefined();
    expect(readRunContext({ ...RUNNER, GITHUB_TRIGGERING_ACTOR: 'hubot', GITHUB_RUN_ATTEMPT: '2' }, {})).toMatchObject({ triggeringActor: 'hubot', runAttempt: 2 });
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
