import * as core from '@actions/core';
import type { Runner } from './runner.ts';

export const actionsRunner: Runner = {
  getInput: (name) => core.getInput(name, { trimWhitespace: false }),
  setSecret: (value) => core.setSecret(value),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
  appendSummary: async (markdown) => {
    if (!process.env['GITHUB_STEP_SUMMARY']) return false;
    await core.summary.addRaw(markdown, true).write();
    return true;
  },
};
