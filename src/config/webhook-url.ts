import { InputError } from './input-error.ts';

/** A validated kChat incoming-webhook URL. `secrets` are the strings that must never be printed. */
export interface WebhookUrl {
  readonly url: URL;
  /** The hook id: the last path segment after `/hooks/`. It alone is enough to post. */
  readonly key: string;
  /** Plain http to a host that is not loopback: the key travels in clear text. */
  readonly insecure: boolean;
  readonly secrets: readonly string[];
}

const HOOK_PATH = /\/hooks\/([A-Za-z0-9]+)$/;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Validates the `webhook-url` input. Errors never repeat the value: it is a secret.
 * The route matches Mattermost's `POST /hooks/{id:[A-Za-z0-9]+}`, under any path prefix
 * (servers installed under a sub-path), with an optional query (`slack_return_format=true`).
 */
export function parseWebhookUrl(raw: string): WebhookUrl {
  const value = raw.trim();
  if (value === '') {
    throw new InputError('webhook-url', 'is required: pass the kChat incoming webhook URL, usually from a secret (${{ secrets.KCHAT_WEBHOOK_URL }}).');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('webhook-url', 'is not an absolute URL; expected https://<your-kchat-host>/hooks/<key>.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('webhook-url', `must use https (or http); got the scheme '${url.protocol.replace(/:$/, '')}'.`);
  }
  // A trailing slash, easy to paste by accident, would miss the server's route.
  url.pathname = url.pathname.replace(/\/+$/, '');
  const match = HOOK_PATH.exec(url.pathname);
  if (!match?.[1]) {
    throw new InputError('webhook-url', 'must end with /hooks/<key>, the key being letters and digits; copy the whole URL kChat shows when you create the incoming webhook.');
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError('webhook-url', 'must not contain a user name or password.');
  }
  const key = match[1];
  const secrets = unique([raw, value, url.href, key]);
  return {
    url,
    key,
    insecure: url.protocol === 'http:' && !LOOPBACK.test(url.hostname),
    secrets,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}
