import { isHttpUrl, type Link } from '../../../../src/data/profile-schema';

const ARXIV_ID = String.raw`(\d{4}\.\d{4,5})(?:v\d+)?`;
// arXiv's own DOIs (10.48550/arXiv.2402.02868) name the preprint: they are read as arXiv ids.
const ARXIV_DOI = new RegExp(String.raw`^10\.48550/arxiv\.${ARXIV_ID}$`, 'i');
const ARXIV_IN_TEXT = [
  new RegExp(String.raw`arxiv\.org/(?:abs|pdf)/${ARXIV_ID}`, 'i'),
  new RegExp(String.raw`\barxiv:\s*${ARXIV_ID}`, 'i'),
  new RegExp(String.raw`^(?:abs/)?${ARXIV_ID}$`, 'i'), // an eprint field, or DBLP's CoRR volume
];

/** `https://doi.org/10.1/X`, `doi:10.1/X` or `10.1/X` → `10.1/X`; undefined when it is no DOI. */
export function normalizeDoi(raw: string): string | undefined {
  const doi = raw
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** The new-style arXiv id (2402.02868, version dropped) a text names, if any. */
export function findArxivId(text: string): string | undefined {
  const trimmed = text.trim();
  const doi = normalizeDoi(trimmed);
  if (doi) return ARXIV_DOI.exec(doi)?.[1];
  for (const pattern of ARXIV_IN_TEXT) {
    const match = pattern.exec(trimmed);
    if (match) return match[1];
  }
  return undefined;
}

/** What a URL points to, judged from its host and path only. */
export function linkKindOf(url: string): Link['kind'] {
  const { hostname, pathname } = new URL(url);
  if (/(^|\.)arxiv\.org$/.test(hostname)) return 'arxiv';
  if (/(^|\.)doi\.org$/.test(hostname)) return 'doi';
  if (/^(proceedings\.mlr\.press|proceedings\.neurips\.cc|papers\.nips\.cc|openreview\.net)$/.test(hostname))
    return 'proceedings';
  if (/^(github\.com|gitlab\.com)$/.test(hostname)) return 'code';
  if (/\.pdf$/i.test(pathname)) return 'pdf';
  return 'html';
}

/**
 * Identifiers and links from whatever a source gives: DOI fields, eprint fields, URLs. Every URL
 * that is neither the arXiv nor the DOI page becomes a link of its own kind; `rejected` lists what
 * could not be read, for the report.
 */
export function identifiersAndLinks(input: {
  dois: readonly string[];
  arxivs: readonly string[];
  urls: readonly string[];
}): {
  identifiers: { doi?: string; arxiv?: string };
  links: Link[];
  rejected: string[];
} {
  const rejected: string[] = [];
  let doi: string | undefined;
  let arxiv: string | undefined;
  for (const raw of input.dois) {
    const normalized = normalizeDoi(raw);
    if (!normalized) rejected.push(`DOI "${raw}"`);
    else if (ARXIV_DOI.test(normalized)) arxiv ??= findArxivId(normalized);
    else doi ??= normalized;
  }
  for (const raw of input.arxivs) {
    const id = findArxivId(raw);
    if (id) arxiv ??= id;
    else rejected.push(`arXiv id "${raw}" (only new-style ids such as 2402.02868 are kept)`);
  }
  const links: Link[] = [];
  for (const raw of input.urls) {
    const url = raw.trim();
    if (!isHttpUrl(url)) {
      rejected.push(`URL "${raw}"`);
      continue;
    }
    const kind = linkKindOf(url);
    if (kind === 'arxiv') arxiv ??= findArxivId(url);
    else if (kind === 'doi') {
      const fromUrl = normalizeDoi(url);
      if (fromUrl && ARXIV_DOI.test(fromUrl)) arxiv ??= findArxivId(fromUrl);
      else doi ??= fromUrl;
    } else if (!links.some((link) => link.url === url)) links.push({ kind, url });
  }
  const identifiers = { ...(arxiv && { arxiv }), ...(doi && { doi }) };
  const own: Link[] = [
    ...(arxiv ? [{ kind: 'arxiv' as const, url: `https://arxiv.org/abs/${arxiv}` }] : []),
    ...(doi ? [{ kind: 'doi' as const, url: `https://doi.org/${doi}` }] : []),
  ];
  return { identifiers, links: [...own, ...links], rejected };
}
