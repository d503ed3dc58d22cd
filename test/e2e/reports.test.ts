/**
 * The bundled action reading real report files from a workspace, as on a runner.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeKchat, startFakeKchat } from '../support/fake-kchat.ts';
import { writeJunit } from '../support/junit-files.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsInPost } from '../support/mentions.ts';
import { runAction } from '../support/run-action.ts';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;
const RUN_URL = 'https://github.com/acme/rocket/actions/runs/4242';

let server: FakeKchat;
let workspace: string;
beforeEach(async () => {
  server = await startFakeKchat();
  workspace = await mkdtemp(join(tmpdir(), 'kchat-notify-ws-'));
});
afterEach(async () => {
  await server.close();
  await rm(workspace, { recursive: true, force: true });
});

const REFERENCE_REPORTS = 'Serveur: server/target/surefire-reports/*.xml\nClient Web: web/junit.xml\nClient iOS: ios/build/test-results/**/*.xml';

async function writeReference(): Promise<void> {
  await writeJunit(join(workspace, 'server/target/surefire-reports/TEST-api.xml'), 'Api', 600, 0);
  await writeJunit(join(workspace, 'server/target/surefire-reports/TEST-db.xml'), 'Db', 348, 0, 5);
  await writeJunit(join(workspace, 'web/junit.xml'), 'Web', 123, 2);
  await writeJunit(join(workspace, 'ios/build/test-results/unit/TEST-a.xml'), 'IosUnit', 50, 1);
  await writeJunit(join(workspace, 'ios/build/test-results/ui/TEST-b.xml'), 'IosUi', 28, 2);
}

describe('reports end to end', () => {
  it('posts the reference table in French from real files', async () => {
    await writeReference();
    const run = await runAction({ 'webhook-url': server.hookUrl(), reports: REFERENCE_REPORTS, language: 'fr', 'time-zone': 'Europe/Zurich', status: 'success' }, { workspace });
    expect(run.code).toBe(0);
    expect(server.posts).toHaveLength(1);
    const post = server.posts[0]!;
    const lines = post.message.split('\n');
    const today = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Zurich' }).format(new Date());
    expect(lines[0]).toBe(`#### Résultats des tests pour le ${today}`);
    expect(lines[1]).toBe('@channel veuillez vérifier les tests échoués.');
    expect(lines).toContain('| Composant | Tests effectués | Tests échoués |');
    expect(lines).toContain('|:-----------|:-----------:|:-----------------------------------------------|');
    expect(lines).toContain('| Serveur | 948 | 0 |');
    expect(lines).toContain(`| Client Web | 123 | 2 [(voir détails)](${RUN_URL}) |`);
    expect(lines).toContain(`| Client iOS | 78 | 3 [(voir détails)](${RUN_URL}) |`);
    expect(parseMarkdown(post.message).tables[0]!.align).toEqual(['left', 'center', 'left']);
    expect(mentionsInPost(post)).toEqual(['@channel']);
    expect(run.outputs).toMatchObject({ status: 'failure', tests: '1149', passed: '1139', failed: '5', skipped: '5', delivered: 'true' });
    expect(post.message).toContain('- Client Web: `Web.Spec › web_test_0` — `expected 0 but was 1`');
  });

  it('writes the whole report as JSON for later steps', async () => {
    await writeReference();
    const run = await runAction({ 'webhook-url': server.hookUrl(), reports: REFERENCE_REPORTS }, { workspace });
    expect(run.outputs['results']).toMatch(/kchat-notify-results-test-1-[0-9a-f]{8}\.json$/);
    expect(run.results).toMatchObject({
      schema: 'kchat-notify/results@1',
      status: 'failure',
      jobStatus: 'success',
      run: { repository: 'acme/rocket', job: 'test', url: RUN_URL },
      totals: { tests: 1149, passed: 1139, failed: 5, failures: 5, errors: 0, skipped: 5, flaky: 0 },
    });
    const components = (run.results as { components: { label: string; counts: unknown; failed: unknown[] }[] }).components;
    expect(components.map((c) => c.label)).toEqual(['Serveur', 'Client Web', 'Client iOS']);
    expect(components[2]!.failed).toHaveLength(3);
    expect(components[2]!.failed[0]).toMatchObject({ suite: 'IosUi.Spec', name: 'iosui_test_0', message: 'expected 0 but was 1', kind: 'failure' });
  });

  it('flags an unreadable report in the message and fails the status, without failing the step', async () => {
    await mkdir(join(workspace, 'web'), { recursive: true });
    await copyFile(join(CORPUS, 'EnricoMi__publish-unit-test-result-action/python/test/files/junit-xml/pytest/corrupt-xml.xml'), join(workspace, 'web/junit.xml'));
    await writeJunit(join(workspace, 'server/TEST-api.xml'), 'Api', 10, 0);
    const run = await runAction({ 'webhook-url': server.hookUrl(), reports: 'Server: server/*.xml\nWeb: web/*.xml' }, { workspace });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'failure', tests: '10', failed: '0' });
    const row = server.posts[0]!.message.split('\n').find((l) => l.startsWith('| Web |'));
    expect(row).toBe(`| Web | ? | ⚠️ unreadable report: \`web/junit.xml: not well-formed XML (line 11, column 21: unclosed tag: skipped)\` [(see details)](${RUN_URL}) |`);
  });

  it('names a line that matched nothing; if-no-reports: error fails the step but still posts', async () => {
    await writeJunit(join(workspace, 'server/TEST-api.xml'), 'Api', 3, 0);
    const warned = await runAction({ 'webhook-url': server.hookUrl(), reports: 'Server: server/*.xml\niOS: ios/**/*.xml' }, { workspace });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^::warning::reports: no file matched "iOS: ios\/\*\*\/\*\.xml"/m);
    expect(server.posts[0]!.message).toContain('| iOS | ? | ⚠️ no report found: `ios/**/*.xml` |');
    expect(warned.outputs['status']).toBe('success');

    const failed = await runAction({ 'webhook-url': server.hookUrl(), reports: 'iOS: ios/**/*.xml', 'if-no-reports': 'error' }, { workspace });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^::error::reports: no file matched "ios\/\*\*\/\*\.xml" \(if-no-reports: error\)/m);
    expect(failed.outputs).toMatchObject({ status: 'failure', delivered: 'true' });
    expect(server.posts).toHaveLength(2);
  });

  it('keeps hostile test names and messages from pinging anyone or breaking the table', async () => {
    await mkdir(join(workspace, 'r'), { recursive: true });
    await writeFile(
      join(workspace, 'r/junit.xml'),
      `<testsuite name="@channel &lt;!here&gt; | x"><testcase classname="C" name="@all &lt;!channel&gt; | \`x\` [a](http://evil.example)"><failure message="@here &amp;#64;channel &lt;@u1alice&gt; |"/></testcase></testsuite>`,
    );
    const run = await runAction({ 'webhook-url': server.hookUrl(), reports: 'r/*.xml', mention: '' }, { workspace });
    expect(run.outputs['failed']).toBe('1');
    const post = server.posts[0]!;
    expect(mentionsInPost(post)).toEqual([]);
    const table = parseMarkdown(post.message).tables[0]!;
    for (const row of table.rows) expect(row).toHaveLength(3);
    expect(parseMarkdown(post.message).links.every((l) => l === RUN_URL || l.startsWith('https://github.com/'))).toBe(true);
  });
});
