/**
 * Release notes (the author's Markdown, untrusted) made safe for kChat, and cut to fit.
 *
 * Safety does not rest on telling code from prose the way the server does: every piece of text
 * is made harmless in both readings. Outside fenced blocks, `<` becomes `&lt;`, entities are
 * broken, and every `@` gets a word joiner (GitHub `@user` mentions become profile links whose
 * text pings nobody); inside fenced blocks a word joiner follows every `@`, `<` and `&`: invisible
 * in code, and still harmless if the server reads the block as prose after all. URLs keep their
 * `@`s: the server never scans an autolink for mentions.
 * Also: `#123` links to the issue or PR, HTML comments are dropped, headings (ATX and setext) are
 * demoted under the message's #### heading, images become links, empty-label links show their URL.
 * Splitting into blocks keeps fences whole (at any indentation, so a fence in a list item too),
 * so a cut never falls inside one.
 */

const WORD_JOINER = '\u2060';
/** Any line opening or closing a fence, even indented in a list item. */
const FENCE = /^\s*(`{3,}|~{3,})/;
const URL_TOKEN = /((?:https?|ftp):\/\/[^\s<>()[\]]+)/g;

export interface NotesLinks {
  /** https://github.com or the GHES URL. */
  serverUrl: string;
  repository: string;
}

/** The notes as Markdown blocks, each safe on its own; join them with blank lines. */
export function safeNoteBlocks(notes: string, links: NotesLinks): string[] {
  return splitBlocks(notes.replace(/\r\n?/g, '\n'))
    .map((block) => (FENCE.test(block) ? guardCode(block) : safeProse(block, links)))
    .filter((block) => block.trim() !== '');
}

/** Blocks separated by blank lines; a fenced block is one block whatever it holds, an unclosed one runs to the end. */
function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (current.some((l) => l.trim() !== '')) blocks.push(current.join('\n'));
    current = [];
  };
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined && marker) {
      flush();
      fence = marker;
      current.push(line);
    } else if (fence !== undefined) {
      current.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) {
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

/** Code: a word joiner after each @, < and &: the server's Slack conversions and mention scan find nothing. */
function guardCode(code: string): string {
  return code.replace(/[@<&]/g, `$&${WORD_JOINER}`);
}

function safeProse(block: string, links: NotesLinks): string {
  const text = demoteHeadings(block.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\n/, '').trimEnd());
  // URLs keep their characters (an @ in a package URL); the rest is neutralised.
  return text
    .split(URL_TOKEN)
    .map((piece, i) => (i % 2 === 1 ? piece.replace(/</g, '&lt;') : safeText(piece, links)))
    .join('');
}

/** ATX headings become #####; a setext underline (=== or ---) becomes one too. */
function demoteHeadings(block: string): string {
  const lines = block.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous !== undefined && previous.trim() !== '' && /^ {0,3}(=+|-+)\s*$/.test(line) && !/^\s*([-*+]|\d+[.)])\s/.test(previous)) {
      out[out.length - 1] = `##### ${previous.trim()}`;
      continue;
    }
    out.push(line.replace(/^ {0,3}(#{1,6})(?=\s)/, (hashes) => (hashes.trim().length >= 6 ? '######' : '#####')));
  }
  return out.join('\n');
}

/** An odd number of backticks, or an unclosed [, earlier on the line: a code span or a link's text. */
function insideCodeOrLinkText(text: string, offset: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
  const ticks = (line.match(/`/g) ?? []).length;
  return ticks % 2 === 1 || (line.match(/\[/g) ?? []).length > (line.match(/\]/g) ?? []).length;
}

function safeText(text: string, links: NotesLinks): string {
  const repo = `${links.serverUrl}/${links.repository}`;
  return (
    text
      // Entities the server would decode into @, < or other markup.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      // Slack tokens and <url|text> links: the server converts a raw < ... > before Markdown.
      .replace(/</g, '&lt;')
      // Images would be fetched and shown: make them links. A link with no text shows nothing: name it.
      .replace(/!\[/g, '[')
      .replace(/\[\s*\]\(/g, '[link](')
      // GitHub mentions: a profile link that pings nobody here (not inside a code span or a link's text).
      .replace(/(^|[^\w`/@\\[])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w@-])/g, (whole: string, before: string, user: string, offset: number, all: string) =>
        insideCodeOrLinkText(all, offset) ? whole : `${before}[@${WORD_JOINER}${user}](${links.serverUrl}/${user})`,
      )
      // Any other @ (emails, @channel glued to text, escaped \@, inside code spans): a word joiner.
      .replace(/@(?!\u2060)/g, `@${WORD_JOINER}`)
      // #123: the issue or pull request (GitHub redirects an issue link to the PR).
      .replace(/(^|[^\w&#/[])#(\d{1,7})\b/g, (_m, before: string, n: string) => `${before}[#${n}](${repo}/issues/${n})`)
  );
}
