/** mode: release outside a release event: the release of the tag being built, from the GitHub API. */
import { type Release, readRelease } from '../context/release.ts';

export type ReleaseLookup = { kind: 'found'; release: Release } | { kind: 'missing'; reason: string };

export async function fetchReleaseByTag(token: string, apiUrl: string, repository: string, tag: string): Promise<ReleaseLookup> {
  const { getOctokit } = await import('@actions/github');
  const [owner, repo] = repository.split('/');
  try {
    const { data } = await getOctokit(token, { baseUrl: apiUrl }).request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: owner!, repo: repo!, tag });
    const release = readRelease(data);
    return release ? { kind: 'found', release } : { kind: 'missing', reason: `the GitHub API returned no usable release for tag ${tag}` };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return { kind: 'missing', reason: `no published release for tag ${tag} (drafts are not visible to a workflow token without contents: write)` };
    if (status === 403) return { kind: 'missing', reason: `the GitHub API refused to read releases (HTTP 403): add "permissions: contents: read"` };
    return { kind: 'missing', reason: `could not read the release of tag ${tag}: ${(error as Error).message}` };
  }
}
