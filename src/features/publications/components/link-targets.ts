import { isHttpUrl, type Link, type LinkKind, type Publication } from '../../../data/profile-schema';

/**
 * The card's links: the publication's own, plus arXiv and DOI links built from its identifiers when
 * it has none of that kind. Anything that is not http(s) is dropped.
 */
export function linkTargets(publication: Publication): Link[] {
  const links = publication.links.filter((link) => isHttpUrl(link.url));
  const has = (kind: LinkKind) => links.some((link) => link.kind === kind);
  const { arxiv, doi } = publication.identifiers;
  if (arxiv && !has('arxiv')) links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${arxiv}` });
  if (doi && !has('doi')) links.push({ kind: 'doi', url: `https://doi.org/${doi}` });
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
