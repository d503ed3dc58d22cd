/** kChat / Mattermost limits that shape what we send (see shared kchat-webhook.md §1, §4). */

/** Longest post text in Unicode code points; a longer text is split by the server, cutting Markdown anywhere. */
export const MAX_POST_CODE_POINTS = 16_383;

/** `ServiceSettings.MaximumPayloadSizeBytes` default. A JSON body over it is truncated and rejected (400). */
export const MAX_BODY_BYTES = 300_000;

/** Longest wait, in milliseconds, one step spends between delivery attempts in total. */
export const MAX_TOTAL_WAIT_MS = 120_000;

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
