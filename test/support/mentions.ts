/**
 * Which mentions a post would fire on the kChat server (kchat-markdown.md §1, rules R1 to R4).
 * Deliberately conservative: without the server's user list, every `@name` that could be a user
 * counts, and where the server would try a word and then the word without trailing punctuation,
 * both count. A test that says "no mention fires" is therefore never fooled by a missing user.
 */

const CHANNEL_WIDE = new Set(['@channel', '@here', '@all']);
const USERNAME_LIKE = /^@[\p{L}][\p{L}\p{N}._-]*$/u;
const WORD = /[\p{L}\p{N}:._@-]+/gu;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const AUTOLINK = /(?:https?|ftp|gemini):\/\/[^\s<]*|(?:mailto|tel):[^\s<]*/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', num: '#', colon: ':', lowbar: '_', period: '.', hyphen: '-', dash: '-',
};

/** Mentions fired by a message text, lower-cased, each once. */
export function mentionsIn(message: string): string[] {
  const found = new Set<string>();
  for (const word of textNodes(message).match(WORD) ?? []) checkWord(word, found);
  return [...found].sort();
}

/** Mentions fired by a post: its message, and each attachment's pretext, text and string field values (R1). */
export function mentionsInPost(post: { message: string; props?: Record<string, unknown> }): string[] {
  const texts = [post.message];
  const attachments = post.props?.['attachments'];
  if (Array.isArray(attachments)) {
    for (const a of attachments as Record<string, unknown>[]) {
      for (const key of ['pretext', 'text']) if (typeof a?.[key] === 'string') texts.push(a[key] as string);
      if (Array.isArray(a?.['fields'])) {
        for (const f of a['fields'] as Record<string, unknown>[]) if (typeof f?.['value'] === 'string') texts.push(f['value'] as string);
      }
    }
  }
  return [...new Set(texts.flatMap(mentionsIn))].sort();
}

function checkWord(raw: string, found: Set<string>): void {
  if (/^:[^:\s]+:$/.test(raw)) return; // an emoji
  const word = raw.replace(/^[:.\-_]+/, '');
  if (word === '') return;
  if (word.startsWith('@')) {
    record(word, found);
    const stripped = word.replace(/[.\-:_]+$/, '');
    if (stripped !== word) record(stripped, found);
    return;
  }
  for (const part of word.split(/[.\-:]/)) if (part.startsWith('@')) checkWord(part, found);
}

function record(word: string, found: Set<string>): void {
  const lower = word.toLowerCase();
  if (CHANNEL_WIDE.has(lower) || USERNAME_LIKE.test(word)) found.add(lower);
}

/**
 * The text the server's Markdown pass hands to the tokeniser: code spans, fenced code, autolinks
 * and link destinations removed; backslash escapes and entities decoded (R2).
 */
export function textNodes(message: string): string {
  const withoutFences = removeFencedCode(message);
  let out = '';
  // Unescaped [ seen on this line: only then is `](` a link's destination.
  let openBrackets = 0;
  for (let i = 0; i < withoutFences.length; ) {
    if (withoutFences[i] === '\n') openBrackets = 0;
    else if (withoutFences[i] === '[') openBrackets++;
    const ch = withoutFences[i]!;
    const next = withoutFences[i + 1];
    if (ch === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      out += next;
      i += 2;
    } else if (ch === '`') {
      const run = /^`+/.exec(withoutFences.slice(i))![0];
      const close = findClosingRun(withoutFences, i + run.length, run.length);
      if (close === -1) {
        out += run;
        i += run.length;
      } else {
        out += ' ';
        i = close + run.length;
      }
    } else if (ch === ']' && next === '(' && openBrackets > 0) {
      const end = withoutFences.indexOf(')', i + 2);
      openBrackets--;
      out += ' ';
      i = end === -1 ? withoutFences.length : end + 1;
    } else if (ch === '&') {
      const entity = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(withoutFences.slice(i));
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (entity && decoded !== undefined) {
        out += decoded;
        i += entity[0].length;
      } else {
        out += ch;
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(AUTOLINK, ' ');
}

function removeFencedCode(message: string): string {
  const lines = message.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (open) fence = open[1]!;
      else kept.push(line);
    } else if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) {
      fence = undefined;
    }
  }
  return kept.join('\n');
}

function findClosingRun(text: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (m[0].length === length) return m.index;
  return -1;
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body];
}

function safeCodePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD';
}
