/**
 * `npm run bench`: cold start of the bundled action posting one message to a loopback kChat,
 * against a bare `node -e ""` start on the same binary. Medians of interleaved runs.
 * Target: the action at most 2.5x the bare start.
 */
import { performance } from 'node:perf_hooks';
import { startFakeKchat } from '../test/support/fake-kchat.ts';
import { DIST, prepareRun, spawnNode } from '../test/support/run-action.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 21);
const TARGET_RATIO = 2.5;

const kchat = await startFakeKchat({ mode: 'kchat' });
const post = await prepareRun({ 'webhook-url': kchat.hookUrl(), status: 'failure' });
const dryRun = await prepareRun({ 'webhook-url': kchat.hookUrl(), status: 'failure', 'dry-run': 'true' });

async function time(args: string[], env: Record<string, string>): Promise<number> {
  const start = performance.now();
  const { code, stderr } = await spawnNode(args, env, 30_000);
  const elapsed = performance.now() - start;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  return elapsed;
}

const samples = { bare: [] as number[], post: [] as number[], dryRun: [] as number[] };
try {
  for (let i = 0; i < 2; i++) await time([DIST], post.env); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    samples.bare.push(await time(['-e', ''], post.env));
    samples.post.push(await time([DIST], post.env));
    samples.dryRun.push(await time([DIST], dryRun.env));
  }
} finally {
  await Promise.all([post.cleanUp(), dryRun.cleanUp(), kchat.close()]);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const bare = median(samples.bare);
const rows = [
  ['bare node -e ""', bare],
  ['action, posting one message', median(samples.post)],
  ['action, dry run (no HTTP client loaded)', median(samples.dryRun)],
] as const;
console.log(`Cold start on Node ${process.versions.node}, median of ${RUNS} interleaved runs (posts received: ${kchat.posts.length})`);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(42)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / bare).toFixed(2)}x`);
const ratio = median(samples.post) / bare;
console.log(`Posting: ${ratio.toFixed(2)}x the bare start (target: at most ${TARGET_RATIO}x) -> ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`);
