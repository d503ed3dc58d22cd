/**
 * Keeps a message within a size limit by showing less detail, never by cutting Markdown.
 * The order is design.md's: failure messages first, then passing rows (components and jobs,
 * summed into one), then the failed-test list is shortened, then failing rows, then failed jobs;
 * last the extras (user text, commit, PR, actor). Heading, status, totals and the run link always stay.
 */
import { type Detail, FULL_DETAIL } from './message.ts';

export interface Fitted {
  text: string;
  detail: Detail;
}

/**
 * The fullest rendering that `fits`. `render` must produce shorter text for less detail.
 * Shortening the lists uses a binary search, so 10,000 failures cost a few dozen renders.
 */
export function fitMessage(render: (detail: Detail) => string, fits: (text: string) => boolean, start: Detail = FULL_DETAIL): Fitted {
  let detail = start;
  const attempt = (d: Detail): Fitted | undefined => {
    const text = render(d);
    return fits(text) ? { text, detail: d } : undefined;
  };
  const steps: ((d: Detail) => Detail)[] = [
    (d) => ({ ...d, failureMessages: false }),
    (d) => ({ ...d, passingRows: false }),
  ];
  const first = attempt(detail);
  if (first) return first;
  detail = { ...detail, shortened: true };
  for (const step of steps) {
    detail = step(detail);
    const fitted = attempt(detail);
    if (fitted) return fitted;
  }
  for (const key of ['maxFailures', 'maxFailingRows', 'maxFailingJobs'] as const) {
    const best = largestFitting(detail[key], (n) => attempt({ ...detail, [key]: n }));
    if (best) return best;
    detail = { ...detail, [key]: 0 };
  }
  detail = { ...detail, extras: false };
  return attempt(detail) ?? { text: render(detail), detail };
}

/** The fitting result with the largest n in [0, upper]; undefined when even 0 does not fit. */
export function largestFitting<T>(upper: number, attempt: (n: number) => T | undefined): T | undefined {
  let low = 0;
  let high = Number.isFinite(upper) ? upper : 1_000_000;
  let best = attempt(low);
  if (best === undefined) return undefined;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const fitted = attempt(mid);
    if (fitted !== undefined) {
      best = fitted;
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return best;
}
