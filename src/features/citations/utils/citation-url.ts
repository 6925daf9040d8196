import type { LinkKind, Publication } from '../../../data/profile-schema';

/** Where the paper itself is, best first; code is not the paper. */
const PREFERENCE: LinkKind[] = ['proceedings', 'html', 'arxiv', 'pdf', 'doi', 'other'];

/** The URL a citation points to, or undefined when the publication has no link to the paper. */
export function citationUrl(publication: Publication): string | undefined {
  for (const kind of PREFERENCE) {
    const link = publication.links.find((candidate) => candidate.kind === kind);
    if (link) return link.url;
  }
  return undefined;
}
