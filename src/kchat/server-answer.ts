/**
 * Reads what kChat answered and says what it means for the user. kChat errors are Mattermost
 * AppError JSON (`{"id", "message", "status_code", ...}`); current servers wrap every webhook
 * error as `web.incoming_webhook.general.app_error`, older ones and kChat send the inner id.
 * A 429 from the rate limiter is plain text. See kchat-webhook.md §3, §6, §7.
 */

export interface AppError {
  id: string;
  message: string;
}

/** A 2xx answer: kChat's created post (JSON), or Mattermost's plain `ok`. */
export function postIdFrom(body: string): string | undefined {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const post: unknown = JSON.parse(trimmed);
    if (typeof post === 'object' && post !== null && typeof (post as { id?: unknown }).id === 'string') {
      const id = (post as { id: string }).id;
      return id === '' ? undefined : id;
    }
  } catch {
    // Not JSON after all: the post was still created, we just have no id.
  }
  return undefined;
}

function parseAppError(body: string): AppError | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null) return undefined;
    const { id, message } = value as { id?: unknown; message?: unknown };
    if (typeof id !== 'string' && typeof message !== 'string') return undefined;
    return { id: typeof id === 'string' ? id : '', message: typeof message === 'string' ? message : '' };
  } catch {
    return undefined;
  }
}

const HINTS_BY_ID: Record<string, string> = {
  'web.incoming_webhook.invalid.app_error': 'kChat does not know this webhook: check webhook-url (the hook may have been deleted).',
  'web.incoming_webhook.disabled.app_error': 'incoming webhooks are disabled on this kChat server: ask its administrator.',
  'web.incoming_webhook.text.app_error': 'the message was empty: set a text or attachments (check the payload input).',
  'web.incoming_webhook.channel.app_error': 'the channel does not exist or is archived: check the channel input (a name, not a display name).',
  'app.channel.get.existing.app_error': "the webhook's own channel no longer exists: create a new webhook.",
  'web.incoming_webhook.channel_locked.app_error': 'this webhook is locked to its channel: remove the channel input or unlock the webhook in kChat.',
  'web.incoming_webhook.user.app_error': 'the user (the @user in channel, or the webhook creator) was not found: check the channel input or re-create the webhook.',
  'web.incoming_webhook.permissions.app_error': 'the webhook creator cannot post in that private channel: pick another channel or re-create the webhook as a member.',
  'web.incoming_webhook.split_props_length.app_error': 'the props are too large: shrink the payload input.',
  'api.context.invalid_param.app_error': 'kChat refused a field (type or priority): check the payload input.',
  'api.post.create_webhook_post.creating.app_error': 'kChat could not create the post (an invalid type or priority): check the payload input.',
};

const HINTS_BY_STATUS: Record<number, string> = {
  400: 'kChat refused the request: check webhook-url (an unknown hook also answers 400) and the payload input.',
  401: 'kChat refused the credentials: check webhook-url.',
  403: 'kChat refused to post there: the webhook may be locked to its channel, or cannot read that private channel; check the channel input.',
  404: 'not found: check webhook-url, and the channel input if set (a channel name, not a display name).',
  405: 'this URL does not take webhook posts: check webhook-url.',
  408: 'kChat timed out reading the request.',
  413: 'the message is too large for kChat: shorten the text or payload.',
  414: 'the URL is too long: check webhook-url.',
  429: 'kChat is rate limiting this runner.',
  500: 'kChat failed to create the post (often an invalid type or priority in the payload input).',
  501: 'incoming webhooks are disabled on this kChat server: ask its administrator.',
  502: 'a proxy or gateway in front of kChat failed.',
  503: 'kChat is unavailable.',
  504: 'a gateway in front of kChat timed out.',
};

/** One sentence saying what failed and what to do, from the status and the server's own words. */
export function explainStatus(status: number, body: string): string {
  const appError = parseAppError(body);
  const hint = (appError && HINTS_BY_ID[appError.id]) ?? HINTS_BY_STATUS[status] ?? 'unexpected answer from kChat.';
  const said = oneLine(appError ? [appError.id, appError.message].filter((s) => s !== '').join(': ') : body.trim().slice(0, 200));
  return said === '' ? `HTTP ${status}: ${hint}` : `HTTP ${status}: ${hint} The server said: ${said}`;
}

/**
 * The server's words on one line: a newline in an answer would let it start a workflow command
 * (`::add-mask::`, `::stop-commands::`) in the step log.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
