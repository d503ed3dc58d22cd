/**
 * `npm run demo`: see the action work with no configuration and no network. A kChat-compatible
 * receiver starts on 127.0.0.1, the bundled action runs against it as a GitHub runner would run it
 * (a failed job on a push; the receiver is briefly unavailable, so you also see a retry), and the
 * demo prints what the channel received.
 */
import { startFakeKchat } from '../test/support/fake-kchat.ts';
import { eventExample } from '../test/support/github-events.ts';
import { runAction } from '../test/support/run-action.ts';

const kchat = await startFakeKchat({ mode: 'kchat', faults: [{ kind: 'status', status: 503, body: 'upstream unavailable' }] });
try {
  console.log(`A kChat-compatible receiver is listening on ${kchat.origin} (nothing leaves this machine).`);
  console.log('Running dist/index.js the way the runner does: a failed job, on a push to main.\n');
  const run = await runAction({ 'webhook-url': kchat.hookUrl(), status: 'failure' }, { event: { name: 'push', payload: eventExample('push') } });

  const log = run.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::add-mask::'));
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
}
