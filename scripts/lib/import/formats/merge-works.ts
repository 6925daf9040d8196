import { ownerNameKeys, titleKey, type Profile, type Publication } from '../../../../src/data/profile-schema';
import type { ImportedProfile, ImportedPublication } from '../imported-profile';
import { publicationIds } from '../publication-keys';
import { combineVersions } from './combine-versions';
import { emptyReport, type ImportReport } from './import-report';
import {
  describeLocation,
  SourceError,
  type ImportedWork,
  type ParsedSource,
  type SourceLocation,
} from './imported-work';
import { ownerMatch, samePerson } from './person-names';
import { PublicationIndex } from './publication-index';

type Identifiers = Publication['identifiers'];

/**
 * Merges a file's works into a profile. A work matches a publication by DOI, then arXiv id, then
 * title (alternate titles included). A match keeps every curated value and fills only what is
 * empty (venue, abstract, identifiers, a kind of link it has none of, a title it does not know).
 * Conflicts are reported, never applied: another year (a preprint's earlier arXiv year excepted),
 * DOI or arXiv id, another author list, or a curated preprint the source calls published. Venue
 * spellings ("ICML" vs "ICML 2024") and kinds a source cannot tell (a commentary filed as a
 * journal article) differ too often to be worth a line. A work whose complete author list lacks
 * the owner is skipped; the others are added with `topics: []` (and `year: null` when the source
 * has none) for curation.
 */
export function mergeWorks(
  curated: Profile,
  source: ParsedSource,
): { profile: ImportedProfile; report: ImportReport } {
  const ownerNames = [curated.name, ...curated.nameVariants];
  if (source.person !== undefined && !ownerNames.some((name) => samePerson(name, source.person!)))
    throw new SourceError(
      { line: 1 },
      `this file lists the works of "${source.person}", but the profile is "${curated.name}"`,
    );
  const combined = combineVersions(source.works);
  const report = emptyReport(source.format, source.works.length + source.skipped.length, [
    ...source.notes,
    ...combined.notes,
  ]);
  report.skipped.push(...source.skipped.map(({ at, title, reason }) => ({ at, title, detail: reason })));
  const ownerKeys = ownerNameKeys(curated);

  const publications: ImportedPublication[] = curated.publications.map((publication) => ({ ...publication }));
  const added: ImportedPublication[] = [];
  const takenIds = publications.map((publication) => publication.id);

  const index = new PublicationIndex(publications);
  const metAt = new Map<number, SourceLocation>();
  for (const work of combined.works) {
    const at = index.find(work);
    if (at !== undefined) {
      const merged = fillFromWork(publications[at]!, work, ownerNames);
      publications[at] = merged.publication;
      const line = { at: work.at, title: merged.publication.title };
      // A file may list a preprint and its proceedings version with nothing in common but the
      // profile's record of both titles: say so rather than list the work twice unexplained.
      const earlier = metAt.get(at);
      if (merged.filled.length > 0)
        report.updated.push({ ...line, detail: `filled ${merged.filled.join(', ')}` });
      else
        report.unchanged.push(
          earlier ? { ...line, detail: `(another version of ${describeLocation(earlier)})` } : line,
        );
      metAt.set(at, earlier ?? work.at);
      for (const conflict of merged.conflicts) report.conflicts.push({ ...line, detail: conflict });
      continue;
    }
    const owner = work.authors.map((author) => ownerMatch(author, ownerKeys, ownerNames));
    if (
      !owner.includes('owner') &&
      !owner.includes('abbreviated') &&
      work.authorsComplete &&
      !source.allWorksArePersons
    ) {
      report.skipped.push({
        at: work.at,
        title: work.title,
        detail: `not the owner's: no author is "${curated.name}"`,
      });
      continue;
    }
    const [id] = publicationIds([work.title], takenIds);
    takenIds.push(id!);
    const publication = newPublication(work, id!, work.authors.length === 0 ? [curated.name] : work.authors);
    index.add(publication, publications.length);
    publications.push(publication);
    added.push(publication);
    report.added.push({
      at: work.at,
      title: work.title,
      detail: `as ${id}; needs ${needs(work, owner, curated.name).join('; ')}`,
    });
  }

  return {
    profile: {
      ...curated,
      $schema: curated.$schema ?? '../profile.schema.json',
      publications: newestFirst(publications, added),
    },
    report,
  };
}

const PUBLISHED = new Set(['conference', 'workshop', 'journal']);

function fillFromWork(
  publication: ImportedPublication,
  work: ImportedWork,
  ownerNames: readonly string[],
): { publication: ImportedPublication; filled: string[]; conflicts: string[] } {
  const filled: string[] = [];
  const conflicts: string[] = [];
  const next: ImportedPublication = { ...publication };

  const known = [publication.title, ...publication.alternateTitles];
  const newTitles = [work.title, ...work.alternateTitles].filter((title, index, all) => {
    const key = titleKey(title);
    return (
      !known.some((other) => titleKey(other) === key) &&
      all.findIndex((other) => titleKey(other) === key) === index
    );
  });
  if (newTitles.length > 0) {
    next.alternateTitles = [...publication.alternateTitles, ...newTitles];
    filled.push('alternateTitles');
  }

  const identifiers: Identifiers = { ...publication.identifiers };
  for (const name of ['arxiv', 'doi'] as const) {
    const ours = publication.identifiers[name];
    const theirs = work.identifiers[name];
    if (theirs === undefined) continue;
    if (ours === undefined) {
      identifiers[name] = theirs;
      filled.push(`identifiers.${name}`);
    } else if (ours.toLowerCase() !== theirs.toLowerCase())
      conflicts.push(
        `${name === 'doi' ? 'DOI' : 'arXiv id'}: ${theirs} here, ${ours} in the profile (kept ${ours})`,
      );
  }
  next.identifiers = {
    ...(identifiers.arxiv && { arxiv: identifiers.arxiv }),
    ...(identifiers.doi && { doi: identifiers.doi }),
  };

  if (publication.venue === null && work.venue !== null && work.kind === publication.kind) {
    next.venue = work.venue;
    filled.push('venue');
  }
  if (publication.abstract === null && work.abstract !== null) {
    next.abstract = work.abstract;
    filled.push('abstract');
  }
  const newLinks = work.links.filter(
    (link, index) =>
      !publication.links.some((own) => own.kind === link.kind) &&
      work.links.findIndex((other) => other.kind === link.kind) === index,
  );
  if (newLinks.length > 0) {
    next.links = [...publication.links, ...newLinks];
    filled.push(`links (${newLinks.map((link) => link.kind).join(', ')})`);
  }

  // A preprint's year is its arXiv year: a later proceedings year is no conflict.
  const preprintOfPublished = work.kind === 'preprint' && publication.kind !== 'preprint';
  if (work.year !== null && work.year !== publication.year && !preprintOfPublished)
    conflicts.push(`year: ${work.year} here, ${publication.year} in the profile (kept ${publication.year})`);
  if (publication.kind === 'preprint' && PUBLISHED.has(work.kind))
    conflicts.push(
      `kind: ${work.kind}${work.venue ? ` (${work.venue})` : ''} here, preprint in the profile (kept preprint)`,
    );
  const authors = authorConflict(work, publication.authors, ownerNames);
  if (authors) conflicts.push(authors);

  return { publication: next, filled, conflicts };
}

function authorConflict(
  work: ImportedWork,
  curated: readonly string[],
  ownerNames: readonly string[],
): string | undefined {
  if (work.authors.length === 0) return undefined;
  const ownerListed = work.authors.some((author) => ownerNames.some((owner) => samePerson(author, owner)));
  if (work.authorsComplete && !ownerListed)
    return `authors: the source leaves out the owner "${ownerNames[0]}" (kept the profile's list)`;
  if (work.authorsComplete && work.authors.length !== curated.length)
    return `authors: ${work.authors.length} here, ${curated.length} in the profile (kept the profile's list)`;
  const differs = work.authors.findIndex((author, index) => !samePerson(author, curated[index] ?? ''));
  if (differs < 0) return undefined;
  const theirs = curated[differs];
  return `authors: #${differs + 1} is "${work.authors[differs]}" here, ${theirs ? `"${theirs}"` : 'nobody'} in the profile (kept the profile's list)`;
}

function newPublication(work: ImportedWork, id: string, authors: string[]): ImportedPublication {
  return {
    id,
    title: work.title,
    alternateTitles: work.alternateTitles,
    authors,
    year: work.year,
    venue: work.venue,
    kind: work.kind,
    topics: [],
    abstract: work.abstract,
    abstractTruncated: false,
    identifiers: {
      ...(work.identifiers.arxiv && { arxiv: work.identifiers.arxiv }),
      ...(work.identifiers.doi && { doi: work.identifiers.doi }),
    },
    links: work.links,
  };
}

/**
 * What an added publication still lacks. Marked so validate-data catches the blocking ones: a
 * missing year stays `null`, a missing owner stays missing; topics are `[]`, which the schema
 * allows, so the report is where they show up.
 */
function needs(work: ImportedWork, owner: readonly string[], ownerName: string): string[] {
  const lacking = ['topics'];
  if (work.year === null) lacking.push('year (none in the source; "year": null until set)');
  if (work.authors.length === 0)
    lacking.push(`co-authors (the source lists none; only "${ownerName}" was filled in)`);
  else if (owner.includes('abbreviated') && !owner.includes('owner'))
    lacking.push(
      `the owner's name as "${ownerName}" (the source abbreviates it), or that spelling in nameVariants`,
    );
  else if (!owner.includes('owner'))
    lacking.push(`"${ownerName}" in the author list (the source cuts it with "and others")`);
  if (work.venue === null && work.kind !== 'preprint') lacking.push('venue');
  return lacking;
}

// New publications go before the first curated one that is older, so a newest-first list stays so.
function newestFirst(
  all: readonly ImportedPublication[],
  added: readonly ImportedPublication[],
): ImportedPublication[] {
  const isAdded = new Set(added);
  const result = all.filter((publication) => !isAdded.has(publication));
  for (const publication of added) {
    const at =
      publication.year === null
        ? -1
        : result.findIndex((other) => other.year !== null && other.year < publication.year!);
    result.splice(at < 0 ? result.length : at, 0, publication);
  }
  return result;
}
