import { titleKey } from '../../../../src/data/profile-schema';
import { describeLocation, type ImportedWork, type SourceNote } from './imported-work';

/**
 * One work listed twice in a file (an arXiv preprint and its proceedings version, found by a
 * shared DOI, arXiv id or title) becomes one: the published version leads, the other fills its
 * gaps and lends its title as an alternate title.
 */
export function combineVersions(works: readonly ImportedWork[]): {
  works: ImportedWork[];
  notes: SourceNote[];
} {
  const kept: ImportedWork[] = [];
  const notes: SourceNote[] = [];
  const byKey = new Map<string, number>(); // key of any kept work → its index in `kept`
  for (const work of works) {
    const index = keys(work)
      .map((key) => byKey.get(key))
      .find((found) => found !== undefined);
    if (index === undefined) {
      for (const key of keys(work)) byKey.set(key, kept.length);
      kept.push(work);
      continue;
    }
    const other = kept[index]!;
    const [lead, follower] =
      other.kind === 'preprint' && work.kind !== 'preprint' ? [work, other] : [other, work];
    kept[index] = combine(lead, follower);
    for (const key of keys(kept[index])) if (!byKey.has(key)) byKey.set(key, index);
    notes.push({
      at: work.at,
      severity: 'note',
      message: `same work as ${describeLocation(other.at)} ("${other.title}"): read as one`,
    });
  }
  return { works: kept, notes };
}

function keys(work: ImportedWork): string[] {
  return [
    ...(work.identifiers.doi ? [`doi:${work.identifiers.doi.toLowerCase()}`] : []),
    ...(work.identifiers.arxiv ? [`arxiv:${work.identifiers.arxiv}`] : []),
    ...[work.title, ...work.alternateTitles].map((title) => `title:${titleKey(title)}`),
  ];
}

function combine(lead: ImportedWork, follower: ImportedWork): ImportedWork {
  const titles = [lead.title, ...lead.alternateTitles];
  const alternateTitles = [...lead.alternateTitles];
  for (const title of [follower.title, ...follower.alternateTitles])
    if (!titles.some((known) => titleKey(known) === titleKey(title))) {
      alternateTitles.push(title);
      titles.push(title);
    }
  const followerAuthorsBetter = follower.authorsComplete && !lead.authorsComplete;
  return {
    ...lead,
    alternateTitles,
    authors: followerAuthorsBetter ? follower.authors : lead.authors,
    authorsComplete: lead.authorsComplete || follower.authorsComplete,
    year: lead.year ?? follower.year,
    venue: lead.venue ?? (follower.kind === lead.kind ? follower.venue : null),
    abstract: lead.abstract ?? follower.abstract,
    identifiers: { ...follower.identifiers, ...lead.identifiers },
    links: [
      ...lead.links,
      ...follower.links.filter((link) => !lead.links.some((own) => own.kind === link.kind)),
    ],
  };
}
