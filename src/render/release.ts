/**
 * A release announcement: heading with the repository and the release (pre-releases marked),
 * author, link, the notes made safe (release-notes.ts), and the assets with sizes and download
 * links. Fitted to kChat by cutting the notes at a block boundary, then the asset list, with a
 * link to the full notes.
 */
import type { Release } from '../context/release.ts';
import type { RunContext } from '../context/run-context.ts';
import { MAX_POST_CODE_POINTS, codePointLength } from '../kchat/limits.ts';
import { escapeText } from './escape.ts';
import { largestFitting } from './fit.ts';
import { LABELS, type Labels } from './labels.ts';
import type { MessageSettings } from './message.ts';
import { safeNoteBlocks } from './release-notes.ts';

interface ReleaseDetail {
  noteBlocks: number;
  assets: number;
}

export function renderRelease(release: Release, context: RunContext, settings: MessageSettings, fits: (text: string) => boolean = (t) => codePointLength(t) <= MAX_POST_CODE_POINTS): string {
  const labels = LABELS[settings.language];
  const blocks = safeNoteBlocks(release.notes, { serverUrl: context.serverUrl, repository: context.repository });
  const render = (d: ReleaseDetail) => releaseText(release, context, settings, labels, blocks, d);
  const full = { noteBlocks: blocks.length, assets: release.assets.length };
  if (fits(render(full))) return render(full);
  const withNotes = largestFitting(blocks.length, (n) => (fits(render({ noteBlocks: n, assets: 0 })) ? n : undefined)) ?? 0;
  const withAssets = largestFitting(release.assets.length, (n) => (fits(render({ noteBlocks: withNotes, assets: n })) ? n : undefined)) ?? 0;
  return render({ noteBlocks: withNotes, assets: withAssets });
}

function releaseText(release: Release, context: RunContext, settings: MessageSettings, labels: Labels, blocks: string[], detail: ReleaseDetail): string {
  const what = `${escapeText(release.name, 120)}${release.prerelease ? ` (${labels.prerelease})` : ''}`;
  const repository = context.repository ? `${escapeText(context.repository)}: ` : '';
  const heading = settings.title ? escapeText(settings.title) : `${release.prerelease ? '🧪' : '🚀'} ${repository}${what} ${labels.released}`;
  const head = [`#### ${heading}`];
  if (settings.mention.who.length > 0 && settings.mention.on.has('success')) head.push(`${settings.mention.who.join(' ')} ${labels.newRelease}`);
  if (settings.text) head.push(settings.text);

  const url = safeUrl(release.url, context);
  const facts = [url ? `[${what}](${url})` : what, `${labels.tag} ${escapeText(release.tag, 80)}`];
  if (release.author) facts.push(`${labels.by} ${escapeText(release.author, 40)}`);

  const out = [head.join('\n'), facts.join(' · ')];
  const notes = blocks.slice(0, detail.noteBlocks);
  if (notes.length > 0) out.push(...notes);
  const cut = detail.noteBlocks < blocks.length || detail.assets < release.assets.length;
  if (release.assets.length > 0) {
    const items = release.assets.slice(0, detail.assets).map((a) => {
      const link = safeUrl(a.url, context);
      const name = escapeText(a.name, 100);
      return `- ${link ? `[${name}](${link})` : name} (${humanSize(a.size)})`;
    });
    const hidden = release.assets.length - detail.assets;
    if (hidden > 0) items.push(`- ${labels.moreAssets(hidden)}`);
    out.push([`**${labels.assets}**`, ...items].join('\n'));
  }
  if (cut) {
    // Said even without the release's own link: the tag's release page on this server.
    const full = url ?? (context.repository ? `${context.serverUrl}/${context.repository}/releases/tag/${encodeURIComponent(release.tag)}` : undefined);
    out.push(full ? `_${labels.shortened} — [${labels.fullNotes}](${full})._` : `_${labels.shortened}._`);
  }
  return out.join('\n\n');
}

/** A link on this GitHub server only; anything else is shown without a link. */
function safeUrl(url: string, context: RunContext): string | undefined {
  return url.startsWith(`${context.serverUrl}/`) && /^[^\s()<>]+$/.test(url) ? url : undefined;
}

/** 1 B, 12.3 kB, 4.5 MB, 1.2 GB (SI units, as GitHub shows them). */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  do {
    value /= 1000;
    unit++;
  } while (value >= 1000 && unit < units.length - 1);
  return `${value.toFixed(1)} ${units[unit]}`;
}
