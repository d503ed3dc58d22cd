/**
 * `npm run bench`:
 * 1. Cold start of the bundled action posting one message to a loopback kChat, against a bare
 *    `node -e ""` start on the same binary (target: at most 2.5x).
 * 2. Report parsing: generated JUnit files of 1, 20 and 100 MB through the whole action
 *    (dry-run), median time and peak RSS, and throughput beside a plain read of the same file
 *    (target: 100 MB in under 1.5 s, peak RSS under 150 MB whatever the size).
 * Medians of interleaved runs. BENCH_RUNS sets the number of cold-start runs.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBigJunit } from '../test/support/big-junit.ts';
import { startFakeKchat } from '../test/support/fake-kchat.ts';
import { DIST, prepareRun, spawnNode } from '../test/support/run-action.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 21);
/** Makes the measured process print its own peak RSS as it exits: the action itself is unchanged. */
const PEAK_RSS = ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write(`\\npeak-rss-kb=${process.resourceUsage().maxRSS}\\n`))'];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function time(args: string[], env: Record<string, string>, cwd?: string): Promise<{ ms: number; peakMb: number }> {
  const start = performance.now();
  const { code, stderr } = await spawnNode(args, env, 120_000, cwd);
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  const peak = /peak-rss-kb=(\d+)/.exec(stderr);
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

async function coldStart(): Promise<void> {
  const kchat = await startFakeKchat({ mode: 'kchat' });
  const post = await prepareRun({ 'webhook-url': kchat.hookUrl(), status: 'failure' });
  const dryRun = await prepareRun({ 'webhook-url': kchat.hookUrl(), status: 'failure', 'dry-run': 'true' });
  const samples = { bare: [] as number[], post: [] as number[], dryRun: [] as number[] };
  try {
    for (let i = 0; i < 2; i++) await time([DIST], post.env); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
      samples.bare.push((await time(['-e', ''], post.env)).ms);
      samples.post.push((await time([DIST], post.env)).ms);
      samples.dryRun.push((await time([DIST], dryRun.env)).ms);
    }
  } finally {
    await Promise.all([post.cleanUp(), dryRun.cleanUp(), kchat.close()]);
  }
  const bare = median(samples.bare);
  console.log(`Cold start on Node ${process.versions.node}, median of ${RUNS} interleaved runs (posts received: ${kchat.posts.length})`);
  for (const [name, values] of [
    ['bare node -e ""', samples.bare],
    ['action, posting one message', samples.post],
    ['action, dry run (no HTTP client loaded)', samples.dryRun],
  ] as const) {
    console.log(`  ${name.padEnd(42)} ${median(values).toFixed(1).padStart(7)} ms   ${(median(values) / bare).toFixed(2)}x`);
  }
  const ratio = median(samples.post) / bare;
  console.log(`  posting: ${ratio.toFixed(2)}x the bare start (target: at most 2.5x) -> ${ratio <= 2.5 ? 'met' : 'NOT met'}\n`);
}

async function reportParsing(): Promise<void> {
  const workspace = await mkdtemp(join(tmpdir(), 'kchat-notify-bench-'));
  const plainRead = ['-e', 'let n=0;require("fs").createReadStream(process.argv[1]).on("data",c=>n+=c.length).on("end",()=>{})'];
  try {
    console.log('Report parsing through the whole action (dry-run), median time and peak RSS, beside a plain read');
    for (const [mb, runs] of [[1, 11], [20, 7], [100, 5]] as const) {
      const file = join(workspace, `junit-${mb}mb.xml`);
      const counts = await writeBigJunit(file, mb * 1024 * 1024);
      const bytes = (await stat(file)).size;
      const run = await prepareRun({ 'webhook-url': 'http://127.0.0.1:9/hooks/benchkey', 'dry-run': 'true', 'job-summary': 'false', reports: `Big: ${file}` }, { workspace });
      const action: { ms: number; peakMb: number }[] = [];
      const read: number[] = [];
      try {
        for (let i = 0; i < runs; i++) {
          action.push(await time([...PEAK_RSS, DIST], run.env, workspace));
          read.push((await time([...plainRead, file], run.env)).ms);
        }
      } finally {
        await run.cleanUp();
      }
      const ms = median(action.map((a) => a.ms));
      const peak = Math.max(...action.map((a) => a.peakMb));
      const readMs = median(read);
      const throughput = bytes / 1024 / 1024 / (ms / 1000);
      console.log(
        `  ${String(mb).padStart(3)} MB (${counts.tests} tests): ${ms.toFixed(0).padStart(5)} ms, peak RSS ${peak.toFixed(0)} MB, ${throughput.toFixed(0)} MB/s; plain read ${readMs.toFixed(0)} ms (${(bytes / 1024 / 1024 / (readMs / 1000)).toFixed(0)} MB/s)`,
      );
      if (mb === 100) {
        console.log(`  100 MB: ${ms <= 1500 ? 'met' : 'NOT met'} (target under 1500 ms); peak RSS ${peak <= 150 ? 'met' : 'NOT met'} (target under 150 MB)`);
      }
    }
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

const only = process.argv[2];
if (only !== 'reports') await coldStart();
if (only !== 'start') await reportParsing();
