/** The README documents the interface action.yml declares, and the command CI runs. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/run-action.ts';

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** Rows of the Markdown table under `## <heading>`: first cell (without backticks) -> second cell. */
function tableUnder(heading: string): Map<string, string> {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (name) rows.set(name, (cells[2] ?? '').replace(/^`(.*)`$/, '$1'));
  }
  return rows;
}

describe('README', () => {
  it('lists every input of action.yml with its default, and no other', () => {
    const documented = tableUnder('Inputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const expected = input.required ? '(required)' : (input.default ?? '');
      expect(documented.get(name), `default of ${name}`).toBe(expected);
    }
  });

  it('lists every output of action.yml, and no other', () => {
    expect([...tableUnder('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('names the test command that .ci/run runs', async () => {
    const command = /Test command \(what CI runs\):\n\n```sh\n(.+)\n```/.exec(readme)?.[1];
    expect(command).toBe('npm ci && npm test');
    const script = await readFile(join(ROOT, '.ci/run'), 'utf8');
    const steps = script.split('\n').filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '));
    expect(steps.join(' && ')).toBe(command);
  });

  it('matches the runtime the bundle is built for', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
