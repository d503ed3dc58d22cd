/** The release an announcement is about, read from a `release` event payload (or the API's release object). */
export interface Release {
  tag: string;
  name: string;
  /** Markdown written by the author: untrusted. */
  notes: string;
  url: string;
  author: string;
  prerelease: boolean;
  assets: ReleaseAsset[];
}

export interface ReleaseAsset {
  name: string;
  size: number;
  url: string;
}

/** The release actions that announce one; others (created, edited, deleted...) post nothing. */
export const ANNOUNCED_ACTIONS = ['published', 'released', 'prereleased'] as const;

export function readRelease(value: unknown): Release | undefined {
  if (!isRecord(value) || typeof value['tag_name'] !== 'string') return undefined;
  const author = isRecord(value['author']) && typeof value['author']['login'] === 'string' ? value['author']['login'] : '';
  const assets = Array.isArray(value['assets']) ? value['assets'] : [];
  return {
    tag: value['tag_name'],
    name: typeof value['name'] === 'string' && value['name'].trim() !== '' ? value['name'] : value['tag_name'],
    notes: typeof value['body'] === 'string' ? value['body'] : '',
    url: typeof value['html_url'] === 'string' ? value['html_url'] : '',
    author,
    prerelease: value['prerelease'] === true,
    assets: assets.flatMap((a): ReleaseAsset[] =>
      isRecord(a) && typeof a['name'] === 'string' && typeof a['browser_download_url'] === 'string'
        ? [{ name: a['name'], size: typeof a['size'] === 'number' ? a['size'] : 0, url: a['browser_download_url'] }]
        : [],
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
