/** Real webhook payloads from @octokit/webhooks-examples, as the runner writes them to GITHUB_EVENT_PATH. */
import { createRequire } from 'node:module';

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const definitions = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookDefinition[];

/** Every example, with its event name. */
export function allEventExamples(): { event: string; payload: Record<string, unknown> }[] {
  return definitions.flatMap((d) => d.examples.map((payload) => ({ event: d.name, payload })));
}

/** The first example of an event (and action, when given); a deep copy the test may change. */
export function eventExample(event: string, action?: string): Record<string, unknown> {
  const definition = definitions.find((d) => d.name === event);
  const example = definition?.examples.find((e) => action === undefined || e['action'] === action);
  if (!example) throw new Error(`no @octokit/webhooks-examples payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}
