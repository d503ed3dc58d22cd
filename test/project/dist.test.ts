/** dist/ is what the runner executes: it must be exactly what `npm run build` makes of src/. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-action.ts';

const run = promisify(execFile);

describe('dist/', () => {
  it('matches a fresh build of src/', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kchat-notify-dist-'));
    try {
      await run(process.execPath, [join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/index.ts', '-o', out, '--license', 'licenses.txt'], { cwd: ROOT });
      const fresh = (await readdir(out)).sort();
      expect((await readdir(join(ROOT, 'dist'))).sort()).toEqual(fresh);
      for (const file of fresh) {
        const [built, committed] = await Promise.all([readFile(join(out, file), 'utf8'), readFile(join(ROOT, 'dist', file), 'utf8')]);
        expect(committed === built, `dist/${file} differs from a fresh build: run npm run build and commit dist/`).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 120_000);
});
