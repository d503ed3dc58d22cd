/**
 * The rendered Markdown of representative runs, committed under test/render/expected/ so a
 * reviewer sees the message as kChat will show it. Regenerate with
 * `UPDATE_EXPECTED=1 npx vitest run test/render/expected.test.ts` and review the diff.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.ts';
import { LANGUAGES } from '../../src/render/labels.ts';
import { type MessageSettings, renderMessage } from '../../src/render/message.ts';
import { renderRelease } from '../../src/render/release.ts';
import type { Release } from '../../src/context/release.ts';
import { CONTEXT, report, settings, tested } from '../support/reports.ts';

const FAILED_PR = report(
  'failure',
  [
    tested('Server', 948),
    tested('Web client', 123, [
      { suite: 'LoginPage', name: 'rejects a bad password', message: 'Expected status 401, received 200' },
      { suite: 'LoginPage', name: 'shows the @here banner | twice', message: 'TypeError: Cannot read properties of undefined (reading `user`)' },
    ]),
    tested('iOS client', 78, [{ suite: 'CheckoutTests', name: 'testApplePay()', message: 'XCTAssertEqual failed: ("1") is not equal to ("2")' }, { name: 'testRefund()' }, { name: 'testReceipt()' }]),
  ],
  {
    context: {
      ...CONTEXT,
      eventName: 'pull_request',
      ref: { kind: 'branch', name: 'feature/faster-login' },
      pullRequest: { number: 42, title: 'Faster login <!channel> [click](https://evil.example)', url: 'https://github.com/acme/rocket/pull/42' },
    },
    durationMs: 754_000,
  },
);

const CASES: [string, Report, MessageSettings][] = [
  ['green-push', report('success', [tested('Server', 948), tested('Web client', 123)], { durationMs: 95_000 }), settings()],
  ['failed-pull-request', FAILED_PR, settings()],
  ['cancelled', report('cancelled', [], { context: { ...CONTEXT, triggeringActor: 'hubot' } }), settings({ mention: { who: ['@here'], on: new Set(['failure', 'cancelled']) } })],
  [
    'fr-reference',
    report('failure', [tested('Serveur', 948), tested('Client Web', 123, [{ name: 'connexion' }, { name: 'déconnexion' }]), tested('Client iOS', 78, [{ name: 'a' }, { name: 'b' }, { name: 'c' }])], {
      context: { ...CONTEXT, runUrl: 'https://linktologs' },
    }),
    settings({ language: 'fr', timeZone: 'Europe/Zurich' }),
  ],
  ...LANGUAGES.filter((l) => l !== 'en').map((language): [string, Report, MessageSettings] => [`failed-pull-request.${language}`, FAILED_PR, settings({ language, timeZone: 'Europe/Zurich' })]),
];

const MATRIX_JOBS = [
  ...Array.from({ length: 30 }, (_, i) => ({ name: `test (ubuntu-latest, ${18 + (i % 4) * 2}, shard ${i})`, outcome: 'success' as const, durationMs: 61_000 + i * 1000, url: `https://github.com/acme/rocket/actions/runs/4242/job/${9000 + i}` })),
  { name: 'test (windows-latest, 22, shard 7)', outcome: 'failure' as const, durationMs: 312_000, url: 'https://github.com/acme/rocket/actions/runs/4242/job/9100' },
  { name: 'test (macos-latest, 24, shard 3)', outcome: 'cancelled' as const, durationMs: 5_000, url: 'https://github.com/acme/rocket/actions/runs/4242/job/9101' },
  { name: 'lint', outcome: 'skipped' as const, url: 'https://github.com/acme/rocket/actions/runs/4242/job/9102' },
];

const RELEASE: Release = {
  tag: 'v1.2.0',
  name: 'Rocket 1.2',
  notes: '## What changed\n\n- Faster login by @octocat in #42\n- Fix a crash on start (#43) <!-- internal -->\n\n```sh\nnpm i @acme/rocket@1.2.0\n```\n\n**Full Changelog**: https://github.com/acme/rocket/compare/v1.1.0...v1.2.0',
  url: 'https://github.com/acme/rocket/releases/tag/v1.2.0',
  author: 'octocat',
  prerelease: false,
  assets: [{ name: 'rocket-linux-x64.tar.gz', size: 12_345_678, url: 'https://github.com/acme/rocket/releases/download/v1.2.0/rocket-linux-x64.tar.gz' }],
};

describe('expected messages', () => {
  it.each([
    ['workflow-matrix', () => renderMessage(report('failure', [], { jobs: { kind: 'jobs', jobs: MATRIX_JOBS }, durationMs: 1_312_000 }), settings())],
    ['release', () => renderRelease(RELEASE, CONTEXT, settings({ mention: { who: ['@here'], on: new Set(['success']) } }))],
  ])('%s', async (name, render) => {
    const file = new URL(`./expected/${name}.md`, import.meta.url);
    const text = `${render()}\n`;
    if (process.env['UPDATE_EXPECTED']) await writeFile(file, text);
    expect(text).toBe(await readFile(file, 'utf8'));
  });

  it.each(CASES)('%s', async (name, run, messageSettings) => {
    const file = new URL(`./expected/${name}.md`, import.meta.url);
    const text = `${renderMessage(run, messageSettings)}\n`;
    if (process.env['UPDATE_EXPECTED']) await writeFile(file, text);
    expect(text).toBe(await readFile(file, 'utf8'));
  });
});
