/**
 * The release announcement: on a release event (published, released, prereleased), or, with
 * mode: release, for the tag being built.
 */
import type { Config } from '../config/inputs.ts';
import { InputError } from '../config/input-error.ts';
import { ANNOUNCED_ACTIONS, type Release, readRelease } from '../context/release.ts';
import type { Env, RunContext } from '../context/run-context.ts';
import { MAX_POST_CODE_POINTS, codePointLength } from '../kchat/limits.ts';
import type { MessageSettings } from '../render/message.ts';
import { renderRelease } from '../render/release.ts';
import type { ComposeLog, Composed } from './composed.ts';
import { MAX_SUMMARY_BYTES } from './results.ts';

/** The announcement, or undefined when this event announces nothing (a release edited or deleted). */
export async function composeRelease(config: Config, env: Env, context: RunContext, event: Record<string, unknown>, settings: MessageSettings, log: ComposeLog): Promise<Composed | undefined> {
  const release = await findRelease(config, env, context, event, log);
  if (!release) return undefined;
  return {
    status: 'success',
    text: renderRelease(release, context, settings, (t) => codePointLength(t) <= MAX_POST_CODE_POINTS),
    summary: renderRelease(release, context, settings, (t) => Buffer.byteLength(t) <= MAX_SUMMARY_BYTES),
    outputs: {},
  };
}

async function findRelease(config: Config, env: Env, context: RunContext, event: Record<string, unknown>, log: ComposeLog): Promise<Release | undefined> {
  if (context.eventName === 'release') {
    const action = typeof event['action'] === 'string' ? event['action'] : '';
    if (!(ANNOUNCED_ACTIONS as readonly string[]).includes(action)) {
      log.info(`A release was ${action || 'changed'}: nothing to announce (only ${ANNOUNCED_ACTIONS.join(', ')} releases are).`);
      return undefined;
    }
    const release = readRelease(event['release']);
    if (!release) throw new InputError('mode', 'the release event carries no release: nothing to announce.');
    return release;
  }
  if (context.ref?.kind !== 'tag') {
    throw new InputError('mode', `release announces a release, but this ${context.eventName || 'run'} is not for a tag; run it on: release, or on a tag push.`);
  }
  if (config.githubToken === '') throw new InputError('github-token', 'mode: release outside a release event needs a token to read the release.');
  const { fetchReleaseByTag } = await import('../collect/release-lookup.ts');
  const found = await fetchReleaseByTag(config.githubToken, env['GITHUB_API_URL'] || 'https://api.github.com', context.repository, context.ref.name);
  if (found.kind === 'missing') throw new InputError('mode', `release: ${found.reason}.`);
  return found.release;
}
