import { InputError } from '../../config/input-error.ts';

/** One line of the `reports` input: a component and the globs of its report files. */
export interface ReportsLine {
  /** The line as written, to name it in warnings and in the message. */
  text: string;
  /** `Label: glob` gives one; a bare glob takes its labels from folders or the reports. */
  label: string | undefined;
  patterns: string[];
}

/**
 * Parses `reports`: one component per line, `Label: glob[, glob...]` or a bare glob. The label
 * ends at the first colon followed by a space (so `C:\\` or `a:b` in a glob stays a glob); globs
 * are separated by commas outside braces (`{a,b}` stays one glob). Blank lines and lines starting
 * with `#` are skipped.
 */
export function parseReportsInput(raw: string): ReportsLine[] {
  const lines: ReportsLine[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const colon = text.search(/:(\s|$)/);
    const label = colon === -1 ? undefined : text.slice(0, colon).trim();
    const patterns = splitPatterns(colon === -1 ? text : text.slice(colon + 1));
    if (label === '') throw new InputError('reports', `"${text}" has an empty label before the colon; write "Label: glob" or just the glob.`);
    if (patterns.length === 0) throw new InputError('reports', `"${text}" names no file pattern after the label.`);
    lines.push({ text, label, patterns });
  }
  return lines;
}

function splitPatterns(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((p) => p.trim()).filter((p) => p !== '');
}
