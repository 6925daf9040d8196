import type { Link, LinkKind, Publication } from '../../../data/profile-schema';
import { safeHref } from '../../../lib/safe-href';

/** An identifier as a URL path: "10.1000/a#b" must not become a fragment. */
const asPath = (id: string) => id.split('/').map(encodeURIComponent).join('/');

/**
 * The card's links: the publication's own, plus arXiv and DOI links built from its identifiers when
 * it has none of that kind. Every URL passes safeHref; what it refuses is dropped.
 */
export function linkTargets(publication: Publication): Link[] {
  const links: Link[] = [];
  const add = (link: Link) => {
    const url = safeHref(link.url);
    if (url) links.push({ ...link, url });
  };
  publication.links.forEach(add);
  const has = (kind: LinkKind) => links.some((link) => link.kind === kind);
  const { arxiv, doi } = publication.identifiers;
  if (arxiv && !has('arxiv')) add({ kind: 'arxiv', url: `https://arxiv.org/abs/${asPath(arxiv)}` });
  if (doi && !has('doi')) add({ kind: 'doi', url: `https://doi.org/${asPath(doi)}` });
  return links;
}

const FULL_TEXT_PREFERENCE: LinkKind[] = ['arxiv', 'proceedings', 'html', 'doi', 'pdf', 'other'];

/** Where to read an abstract the source cut short: the paper's landing page, not its code. */
export function fullTextLink(links: Link[]): Link | undefined {
  for (const kind of FULL_TEXT_PREFERENCE) {
    const link = links.find((candidate) => candidate.kind === kind);
    if (link) return link;
  }
  return undefined;
}
