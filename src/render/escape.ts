/**
 * The one place untrusted text (branch names, titles, names, test output) becomes Markdown.
 * Rules from kchat-markdown.md §2: the result renders as the literal text, fires no mention,
 * makes no link, image, heading or HTML, and stays inside one table cell.
 */

const WORD_JOINER = '\u2060';

/** Characters marked and the server both unescape; a backslash before them hides their Markdown meaning. */
const BACKSLASHED = new Set('\\`*_{}[]()#+-.!|~');

const ENTITIES: Record<string, string> = {
  // The server decodes entities before looking for mentions, so `&#64;channel` must not survive.
  '&': '&amp;',
  // The server turns `<!channel>`, `<@U1>` and `<url|text>` into mentions and links.
  '<': '&lt;',
  '>': '&gt;',
  // Inline LaTeX.
  $: '&#36;',
};

/** Link schemes the server autolinks; a word joiner before the colon stops it. */
const AUTOLINK_SCHEME = /\b(https?|ftp|mailto|tel|gemini)(?=:)|\b(www)(?=\.)/gi;

const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/**
 * Escapes untrusted text for inline use (a sentence, a table cell): one line, at most `maxLength`
 * characters of the original (longer text ends in …).
 */
export function escapeText(text: string, maxLength = 200): string {
  let out = '';
  for (const ch of truncate(text, maxLength).replace(AUTOLINK_SCHEME, `$&${WORD_JOINER}`)) {
    if (ch === '@') out += `@${WORD_JOINER}`;
    // Stops `:emoji:` codes and the `scheme:user@host` links kChat's Markdown makes of any scheme.
    else if (ch === ':') out += `:${WORD_JOINER}`;
    else if (ENTITIES[ch]) out += ENTITIES[ch];
    else if (BACKSLASHED.has(ch)) out += `\\${ch}`;
    else if (LINE_BREAKS_AND_CONTROLS.test(ch)) out += ' ';
    else out += ch;
  }
  return out;
}

function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  return chars.length <= maxLength ? text : `${chars.slice(0, maxLength - 1).join('')}…`;
}

/**
 * Untrusted text as an inline code span: shown verbatim, no mention, emoji or keyword can fire
 * inside it. One line; pipes become `¦` (a backslash would show inside code, a raw pipe would
 * split a table cell); a `<` gets a word joiner so the server's Slack conversions (`<!channel>`,
 * `<url|text>`, run on the raw text before Markdown) cannot match; the fence is longer than any
 * backtick run inside.
 */
export function codeSpan(text: string, maxLength = 200): string {
  const body = truncate(text, maxLength)
    .replace(new RegExp(LINE_BREAKS_AND_CONTROLS.source, 'gu'), ' ')
    .replaceAll('|', '¦')
    .replaceAll('<', `<${WORD_JOINER}`);
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space on each side keeps a leading or trailing backtick off the fence; CommonMark strips one.
  const padded = body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ` ${body} ` : body;
  return `${fence}${padded}${fence}`;
}
