/**
 * Mattermost's `IncomingWebhookRequestFromJSON` (kchat-webhook.md §1), as the fake server needs it:
 * only the first JSON value is read, keys match case-insensitively, unknown keys are ignored,
 * a failed decode is retried once with raw LF and TAB escaped inside a few string fields.
 */

const FIELDS = ['text', 'channel', 'username', 'icon_url', 'icon_emoji', 'attachments', 'type', 'props', 'priority'] as const;
const STRING_FIELDS = new Set(['text', 'channel', 'username', 'icon_url', 'icon_emoji', 'type']);
const ESCAPED_KEYS = /"(text|fallback|pretext|author_name|title|value)"(\s*:\s*")((?:[^"\\]|\\.)*)"/gs;

export type Decoded = { kind: 'ok'; request: Record<string, unknown> } | { kind: 'error'; reason: string };

export function decodeWebhookJson(text: string): Decoded {
  if (text.startsWith('\uFEFF')) return { kind: 'error', reason: 'byte order mark' };
  let result = decodeOnce(text);
  if (result.kind === 'error') {
    const escaped = text.replace(ESCAPED_KEYS, (_whole, key: string, colon: string, value: string) => `"${key}"${colon}${value.replaceAll('\n', '\\n').replaceAll('\t', '\\t')}"`);
    if (escaped !== text) result = decodeOnce(escaped);
  }
  return result;
}

function decodeOnce(text: string): Decoded {
  const first = firstValue(text);
  if (first === undefined) return { kind: 'error', reason: 'empty body' };
  let value: unknown;
  try {
    value = JSON.parse(first);
  } catch (error) {
    return { kind: 'error', reason: (error as Error).message };
  }
  if (value === null) return { kind: 'ok', request: {} };
  if (typeof value !== 'object' || Array.isArray(value)) return { kind: 'error', reason: 'not an object' };
  const request: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const field = FIELDS.find((f) => f === key.toLowerCase());
    if (!field) continue;
    if (v === null) {
      delete request[field];
      continue;
    }
    if (STRING_FIELDS.has(field) && typeof v !== 'string') return { kind: 'error', reason: `${field} must be a string` };
    if (field === 'attachments') {
      if (!Array.isArray(v)) return { kind: 'error', reason: 'attachments must be an array' };
      for (const a of v as unknown[]) {
        if (a === null) continue;
        if (typeof a !== 'object' || Array.isArray(a)) return { kind: 'error', reason: 'attachment must be an object' };
        const fields = (a as Record<string, unknown>)['fields'];
        if (!Array.isArray(fields)) continue;
        for (const f of fields as unknown[]) {
          if (f === null || typeof f !== 'object') continue;
          const short = (f as Record<string, unknown>)['short'];
          if (short === undefined) continue;
          if (typeof short === 'boolean') continue;
          if (typeof short === 'string' && /^(true|false)$/i.test(short)) continue;
          return { kind: 'error', reason: 'short must be true or false' };
        }
      }
    }
    if ((field === 'props' || field === 'priority') && (typeof v !== 'object' || Array.isArray(v))) {
      return { kind: 'error', reason: `${field} must be an object` };
    }
    request[field] = v;
  }
  return { kind: 'ok', request };
}

/** The text of the first JSON value, ignoring whatever follows it (Go's json.Decoder reads one value). */
function firstValue(text: string): string | undefined {
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i === text.length) return undefined;
  const start = i;
  const open = text[i];
  if (open === '{' || open === '[') {
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return text.slice(start, i + 1);
      }
    }
    return text.slice(start); // unterminated: let JSON.parse say why
  }
  if (open === '"') {
    for (i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return text.slice(start, i + 1);
    }
    return text.slice(start);
  }
  const end = /[\s{}[\],"]/.exec(text.slice(start));
  return end ? text.slice(start, start + end.index) : text.slice(start);
}
