/**
 * The `reports` input -> one result per component. The edge that touches the file system:
 * globs (via @actions/glob, relative to the workspace), then each file through parseReport.
 */
import { stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { create } from '@actions/glob';
import { type ComponentResult, type TestedComponent, sumCounts } from '../../report/model.ts';
import { type ParsedReport, parseReport } from './parse-report.ts';
import type { ReportsLine } from './reports-input.ts';
import { MAX_FAILURE_DETAILS } from './tally.ts';

export type IfNoReports = 'warn' | 'error' | 'ignore';

/** Files read at once: enough to keep the disk busy, few enough for a 1024 open-file limit. */
const PARALLEL_FILES = 16;

export interface CollectOptions {
  /** GITHUB_WORKSPACE: globs and labels are relative to it. */
  workspace: string;
  ifNoReports: IfNoReports;
  warn: (message: string) => void;
}

export async function collectReports(lines: readonly ReportsLine[], options: CollectOptions): Promise<ComponentResult[]> {
  keepYoungGenerationSmall();
  const components: ComponentResult[] = [];
  for (const line of lines) {
    const files = await findFiles(line.patterns, options.workspace);
    if (files.length === 0) {
      if (options.ifNoReports !== 'ignore') {
        const folder = await namesFolder(line.patterns, options.workspace);
        const hint = folder ? ` "${folder}" is a folder: write ${folder}/**/*.xml to take the reports in it.` : '';
        options.warn(`reports: no file matched "${line.text}" (relative to ${options.workspace}).${hint}`);
        components.push({ kind: 'missing', label: line.label ?? line.patterns.join(', '), patterns: line.patterns, fatal: options.ifNoReports === 'error' });
      }
      continue;
    }
    const parsed = await mapLimited(files, PARALLEL_FILES, async (file) => ({ file: relative(options.workspace, file) || file, report: await parseReport(file) }));
    if (line.label !== undefined) {
      components.push(combine(line.label, parsed));
      continue;
    }
    // A bare glob: one row per folder when the files sit in several (one per downloaded
    // artifact), else one row named by the report itself.
    const byFolder = Map.groupBy(parsed, (p) => dirname(p.file));
    if (byFolder.size > 1) {
      for (const [folder, group] of byFolder) components.push(combine(folder, group));
    } else {
      const first = parsed.find((p) => p.report.kind === 'tests');
      const title = first?.report.kind === 'tests' ? first.report.title : undefined;
      components.push(combine(title ?? line.patterns.join(', '), parsed));
    }
  }
  return components;
}

/**
 * Streaming a big report allocates fast and briefly; left alone, V8 grows its young generation to
 * match, and a 100 MB report peaked at 170 MB of memory. Not growing it keeps the peak near
 * 125 MB for about 3% more time (measured, npm run bench). The runner starts node without flags,
 * hence the runtime setting; it is only a sizing heuristic, and failing to set it changes nothing.
 */
function keepYoungGenerationSmall(): void {
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // An older or stricter V8: parse with its defaults.
  }
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The first pattern that names an existing folder, if any (a common slip: a folder instead of a glob). */
async function namesFolder(patterns: readonly string[], workspace: string): Promise<string | undefined> {
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const info = await stat(resolveIn(workspace, pattern)).catch(() => undefined);
    if (info?.isDirectory()) return pattern.replace(/\/+$/, '');
  }
  return undefined;
}

async function findFiles(patterns: readonly string[], workspace: string): Promise<string[]> {
  const absolute = patterns.map((p) => (p.startsWith('!') ? `!${resolveIn(workspace, p.slice(1))}` : resolveIn(workspace, p)));
  const globber = await create(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false });
  return (await globber.glob()).sort();
}

function resolveIn(workspace: string, pattern: string): string {
  return isAbsolute(pattern) ? pattern : resolve(workspace, pattern);
}

/** Several files of one component. One unreadable file makes the component unreadable: partial counts are never shown as complete. */
function combine(label: string, parsed: readonly { file: string; report: ParsedReport }[]): ComponentResult {
  const broken = parsed.find((p) => p.report.kind === 'unreadable');
  if (broken && broken.report.kind === 'unreadable') {
    const others = parsed.filter((p) => p.report.kind === 'unreadable').length - 1;
    return { kind: 'unreadable', label, file: broken.file, reason: others > 0 ? `${broken.report.reason} (and ${others} more unreadable)` : broken.report.reason };
  }
  const reports = parsed.flatMap((p) => (p.report.kind === 'tests' ? [p.report] : []));
  const failed = reports.flatMap((r) => r.failed).slice(0, MAX_FAILURE_DETAILS);
  const component: TestedComponent = { kind: 'tested', label, counts: sumCounts(reports.map((r) => r.counts)), failed };
  // Results files of matrix legs name the run attempt that produced them: link it when they agree.
  const links = new Set(reports.map((r) => r.detailsUrl));
  const [link] = links;
  if (links.size === 1 && link) component.detailsUrl = link;
  return component;
}
