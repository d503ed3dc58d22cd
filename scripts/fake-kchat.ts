/**
 * The fake kChat server as a process, for CI's self-test job (the action run by `uses: ./`):
 *   node scripts/fake-kchat.ts <port> <posts.jsonl>
 * Listens on 127.0.0.1:<port> for the hook /hooks/kchatnotifytesthook0123456789, appends each post to
 * posts.jsonl, and runs until killed.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { startFakeKchat } from '../test/support/fake-kchat.ts';

const [port, file] = process.argv.slice(2);
if (!port || !file) {
  console.error('usage: node scripts/fake-kchat.ts <port> <posts.jsonl>');
  process.exit(2);
}
writeFileSync(file, '');
const kchat = await startFakeKchat({ port: Number(port), onPost: (post) => appendFileSync(file, `${JSON.stringify(post)}\n`) });
console.log(`fake kChat listening: ${kchat.hookUrl()}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void kchat.close().then(() => process.exit(0)));
