/**
 * Release notes (the author's Markdown, untrusted) made safe for kChat, and cut to fit:
 * - GitHub @mentions become links to the GitHub profile whose text pings nobody in kChat
 *   (a word joiner after the @); every other @ gets one too;
 * - #123 becomes a link to the issue or pull request;
 * - Slack tokens (<!here>, <@U1>, <url|text>) and entities that decode to @ are neutralised;
 * - HTML comments are dropped, headings demoted under the message's own #### heading;
 * - code blocks and spans are left as they are (nothing fires inside code), but a < in them gets
 *   a word joiner, because the server's Slack conversions run on the raw text first.
 * Splitting into blocks keeps fenced code and tables whole, so a cut never breaks them.
 */

const WORD_JOINER = '\u2060';

export interface NotesLinks {
  /** https://github.com or the GHES URL. */
  serverUrl: string;
  repository: string;
}

/** The notes as Markdown blocks, each safe on its own; join them with blank lines. */
export function safeNoteBlocks(notes: string, links: NotesLinks): string[] {
  const withoutComments = notes.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(-->|$)/g, '');
  return splitBlocks(withoutComments).map((block) => (isFence(block) ? guardCode(block) : safeBlock(block, links)));
}

/** Blocks separated by blank lines; a fenced code block is one block whatever it holds, an unclosed one runs to the end. */
function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (current.some((l) => l.trim() !== '')) blocks.push(current.join('\n'));
    current = [];
  };
  for (const line of text.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      flush();
      fence = marker;
      current.push(line);
    } else if (fence !== undefined) {
      current.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
        fence = undefined;
        flush();
      }
    } else if (line.trim() === '') flush();
    else current.push(line);
  }
  if (fence !== undefined) current.push(fence); // close what the author left open
  flush();
  return blocks;
}

function isFence(block: string): boolean {
  return /^ {0,3}(`{3,}|~{3,})/.test(block);
}

function guardCode(code: string): string {
  return code.replaceAll('<', `<${WORD_JOINER}`);
}

/** One block of prose: inline code spans kept, the rest neutralised. */
function safeBlock(block: string, links: NotesLinks): string {
  const demoted = block.replace(/^ {0,3}(#{1,6})(?=\s)/gm, (hashes) => (hashes.trim().length >= 6 ? '######' : '#####'));
  return splitCodeSpans(demoted)
    .map((piece, i) => (i % 2 === 1 ? guardCode(piece) : safeProse(piece, links)))
    .join('');
}

/** Prose and code spans, alternating (odd pieces are code): a span closes on a backtick run of its own length only. */
function splitCodeSpans(text: string): string[] {
  const pieces: string[] = [];
  let prose = '';
  for (let i = 0; i < text.length; ) {
    const run = /^`+/.exec(text.slice(i))?.[0];
    if (!run) {
      prose += text[i];
      i++;
      continue;
    }
    const closing = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    closing.lastIndex = i + run.length;
    const end = closing.exec(text);
    if (!end) {
      prose += run; // an unmatched run is literal text
      i += run.length;
      continue;
    }
    pieces.push(prose, text.slice(i, end.index + run.length));
    prose = '';
    i = end.index + run.length;
  }
  pieces.push(prose);
  return pieces;
}

/** Prose around the author's own Markdown links: those keep their target, their text is neutralised. */
function safeProse(text: string, links: NotesLinks): string {
  return text
    .split(/(!?\[[^\]\n]*\]\([^)\s]*\))/g)
    .map((piece, i) => {
      if (i % 2 === 0) return safeText(piece, links);
      const [, label = '', target = ''] = /^(!?\[[^\]]*\])(\(.*\))$/.exec(piece) ?? [];
      return `${neutralise(label)}${target}`;
    })
    .join('');
}

/** No entity, Slack token or mention survives. */
function neutralise(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@(?!\u2060)/g, `@${WORD_JOINER}`);
}

function safeText(text: string, links: NotesLinks): string {
  const repo = `${links.serverUrl}/${links.repository}`;
  return (
    text
      // Entities the server would decode into @, < or other markup.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      // Slack tokens and <url|text> links: the server converts raw < ... > before Markdown.
      .replace(/</g, '&lt;')
      // GitHub mentions: a profile link that pings nobody here.
      .replace(/(^|[^\w`/@\\])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w@-])/g, (_m, before: string, user: string) => `${before}[@${WORD_JOINER}${user}](${links.serverUrl}/${user})`)
      // Any other @ (emails, @channel glued to text, escaped \@): a word joiner after it.
      .replace(/@(?!\u2060)/g, `@${WORD_JOINER}`)
      // #123: the issue or pull request (GitHub redirects an issue link to the PR).
      .replace(/(^|[^\w&#/])#(\d{1,7})\b/g, (_m, before: string, n: string) => `${before}[#${n}](${repo}/issues/${n})`)
  );
}
