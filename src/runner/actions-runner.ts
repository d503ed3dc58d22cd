/**
 * The real runner, on @actions/core's own command modules. They are imported by path because
 * the package's entry point also loads its OIDC client, which pulls in a second HTTP stack
 * (@actions/http-client and undici 6): measured at two thirds of this action's start-up time,
 * for a feature we never use. @actions/core is pinned; the end-to-end tests run these exact
 * modules through the bundle, so a change in them shows up there.
 */
import { EOL } from 'node:os';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { summary } from '../../node_modules/@actions/core/lib/summary.js';
import type { Runner } from './runner.ts';

export const actionsRunner: Runner = {
  // As core.getInput: INPUT_<NAME> with spaces as underscores, upper case.
  getInput: (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
  setSecret: (value) => issueCommand('add-mask', {}, value),
  setOutput: (name, value) => {
    if (process.env['GITHUB_OUTPUT']) issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    else issueCommand('set-output', { name }, value);
  },
  setFailed: (message) => {
    process.exitCode = 1;
    issueCommand('error', {}, message);
  },
  info: (message) => process.stdout.write(message + EOL),
  warning: (message) => issueCommand('warning', {}, message),
  error: (message) => issueCommand('error', {}, message),
  debug: (message) => issueCommand('debug', {}, message),
  appendSummary: async (markdown) => {
    if (!process.env['GITHUB_STEP_SUMMARY']) return false;
    await summary.addRaw(markdown, true).write();
    return true;
  },
};
