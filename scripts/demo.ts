/**
 * `npm run demo`: see the action work with no configuration and no network. A kChat-compatible
 * receiver starts on 127.0.0.1, the bundled action runs against it as a GitHub runner would run it
 * (a job on a push whose workspace holds JUnit reports for three components, two with failures;
 * the receiver is briefly unavailable, so you also see a retry), and the demo prints what the
 * channel received.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeKchat } from '../test/support/fake-kchat.ts';
import { eventExample } from '../test/support/github-events.ts';
import { writeJunit } from '../test/support/junit-files.ts';
import { runAction } from '../test/support/run-action.ts';

const workspace = await mkdtemp(join(tmpdir(), 'kchat-notify-demo-'));
await writeJunit(join(workspace, 'server/target/surefire-reports/TEST-Api.xml'), 'Api', 948, 0);
await writeJunit(join(workspace, 'web/junit.xml'), 'WebClient', 123, 2);
await writeJunit(join(workspace, 'ios/build/test-results/TEST-App.xml'), 'IosApp', 78, 3);
const reports = 'Server: server/target/surefire-reports/*.xml\nWeb client: web/junit.xml\niOS client: ios/build/test-results/**/*.xml';

const kchat = await startFakeKchat({ mode: 'kchat', faults: [{ kind: 'status', status: 503, body: 'upstream unavailable' }] });
try {
  console.log(`A kChat-compatible receiver is listening on ${kchat.origin} (nothing leaves this machine).`);
  console.log('Running dist/index.js the way the runner does: a job on a push to main, with three test reports:');
  console.log(reports.replace(/^/gm, '  '));
  console.log('');
  const push = eventExample('push');
  const sha = (push['head_commit'] as { id: string }).id;
  const run = await runAction({ 'webhook-url': kchat.hookUrl(), reports }, { event: { name: 'push', payload: push }, workspace, env: { GITHUB_SHA: sha } });

  // As the runner shows it: masking and debug commands are not printed.
  const log = run.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::add-mask::') && !line.startsWith('::debug::'));
  console.log('The step log:');
  for (const line of log) console.log(`  ${line}`);

  console.log(`\nThe channel received ${kchat.posts.length} post(s):`);
  for (const post of kchat.posts) {
    console.log('─'.repeat(72));
    console.log(post.message);
  }
  console.log('─'.repeat(72));
  console.log('\nStep outputs:');
  for (const [name, value] of Object.entries(run.outputs)) if (name !== 'message') console.log(`  ${name} = ${value}`);
  const key = kchat.hookUrl().split('/hooks/')[1]!;
  const leaked = run.everything.replace(/^::add-mask::.*$/gm, '').includes(key);
  console.log(leaked ? '\nThe webhook key LEAKED into the log, outputs or summary.' : '\nThe webhook key appears nowhere in the log, outputs or job summary (only in the ::add-mask:: command the runner consumes).');
  if (run.code !== 0 || kchat.posts.length !== 1 || leaked) process.exitCode = 1;
} finally {
  await kchat.close();
  await rm(workspace, { recursive: true, force: true });
}
