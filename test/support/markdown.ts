/**
 * Reads rendered Markdown the way kChat's clients do, with Mattermost's own commonmark fork,
 * so tests assert on the table, links and images a reader would see.
 */
import { Parser } from '@mattermost/commonmark';

export interface ParsedTable {
  align: string[];
  rows: string[][];
}

export interface ParsedMessage {
  tables: ParsedTable[];
  links: string[];
  images: string[];
  headings: string[];
}

interface Node {
  type: string;
  literal: string | null;
  destination: string | null;
  alignColumns?: string[];
  firstChild: Node | null;
  next: Node | null;
}

export function parseMarkdown(markdown: string): ParsedMessage {
  const root = new Parser().parse(markdown) as unknown as Node;
  const out: ParsedMessage = { tables: [], links: [], images: [], headings: [] };
  visit(root, (node) => {
    if (node.type === 'table') {
      const rows: string[][] = [];
      for (let row = node.firstChild; row; row = row.next) {
        const cells: string[] = [];
        for (let cell = row.firstChild; cell; cell = cell.next) cells.push(textOf(cell));
        rows.push(cells);
      }
      out.tables.push({ align: node.alignColumns ?? [], rows });
    } else if (node.type === 'link') out.links.push(node.destination ?? '');
    else if (node.type === 'image') out.images.push(node.destination ?? '');
    else if (node.type === 'heading') out.headings.push(textOf(node));
  });
  return out;
}

function visit(node: Node, fn: (node: Node) => void): void {
  fn(node);
  for (let child = node.firstChild; child; child = child.next) visit(child, fn);
}

function textOf(node: Node): string {
  let text = '';
  visit(node, (n) => {
    if (n.literal !== null && n.type !== 'html_inline') text += n.literal;
    else if (n.type === 'at_mention') text += `@${(n as unknown as { mentionName?: string }).mentionName ?? ''}`;
  });
  return text.trim();
}
