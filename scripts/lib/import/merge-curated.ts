import { ownerNameKeys, type Profile, type Publication } from '../../../src/data/profile-schema';
import { foldForSearch } from '../../../src/lib/fold-text';
import type { Diagnostic } from './diagnostics';
import { emptyReport, type ImportReport } from './formats/import-report';
import {
  buildImportedProfile,
  uncuratedPublication,
  type ImportedProfile,
  type ImportedPublication,
} from './imported-profile';
import type { DirectoryPage } from './parse-directory-page';
import { nameKey, publicationIds, titleKey } from './publication-keys';
import type { ScrapedPublication } from './scrape-publications';

/**
 * Refreshes a curated profile from its page. The page is trusted for what it shows (name, roles,
 * new publications, longer abstracts); the curated file for what the page lacks or gets wrong
 * (year, venue, kind, topics, identifiers, links, official titles, complete author lists, name
 * variants, portrait image, topic order). Publications only in the curated file are kept, since
 * the real page spans several pages; new ones go after their neighbour on the page.
 */
export function mergeCurated(
  page: DirectoryPage,
  scraped: readonly ScrapedPublication[],
  curated: Profile,
): { profile: ImportedProfile; diagnostics: Diagnostic[]; report: ImportReport } {
  const diagnostics: Diagnostic[] = [];
  // What happened to each publication the page lists; the page is the owner's, so none is skipped.
  const report = emptyReport('directory-page', scraped.length, []);
  const note = (line: number, message: string) => diagnostics.push({ line, severity: 'note', message });
  const fromPage = buildImportedProfile(page, []);
  // The schema's rule for who the owner is, so the merge and validate-data never disagree.
  const ownerKeys = ownerNameKeys(curated);

  if (!ownerKeys.has(foldForSearch(fromPage.name)))
    diagnostics.push({
      line: page.name.line,
      severity: 'warning',
      message: `the page is for "${fromPage.name}" but the curated file is for "${curated.name}"`,
    });
  const topics = [...curated.topics];
  for (const topic of fromPage.topics.filter((topic) => !topics.includes(topic))) {
    topics.push(topic);
    note(page.publicationsHeading.line, `new topic "${topic}" added after the curated ones`);
  }

  const matches = matchPublications(scraped, curated.publications);
  const publications: ImportedPublication[] = [...curated.publications];
  const newIds = publicationIds(
    scraped.filter((_, index) => matches[index] === undefined).map((publication) => publication.title),
    curated.publications.map((publication) => publication.id),
  );
  let previous: ImportedPublication | undefined;
  scraped.forEach((publication, index) => {
    const match = matches[index];
    const line = { at: { line: publication.line }, title: publication.title };
    if (match !== undefined) {
      const before = curated.publications[match]!;
      const { merged, conflict } = mergePublication(before, publication, ownerKeys, diagnostics);
      publications[publications.indexOf(before)] = merged;
      previous = merged;
      const changed = changedFields(before, merged);
      if (changed.length > 0) report.updated.push({ ...line, detail: `took ${changed.join(', ')}` });
      else report.unchanged.push(line);
      if (conflict) report.conflicts.push({ ...line, detail: conflict });
      return;
    }
    const added = uncuratedPublication(publication, newIds.shift()!);
    const nextMatch = matches.slice(index + 1).find((later) => later !== undefined);
    const at = previous
      ? publications.indexOf(previous) + 1
      : nextMatch === undefined
        ? publications.length
        : publications.indexOf(curated.publications[nextMatch]!);
    publications.splice(at, 0, added);
    previous = added;
    report.added.push({
      ...line,
      detail: `as ${added.id}; needs year, venue, kind, topics and full authors`,
    });
    note(publication.line, `"${publication.title}" is new: it needs a year, venue, kind and full authors`);
  });
  const curatedOnly = curated.publications.length - matches.filter((match) => match !== undefined).length;
  if (curatedOnly > 0)
    note(page.publicationsHeading.line, `kept ${curatedOnly} curated publication(s) this page does not list`);

  // Fields only curation gives (topic labels) keep their place before the publications.
  const { publications: _fromPage, ...pageFields } = fromPage;
  return {
    profile: {
      ...pageFields,
      $schema: curated.$schema ?? fromPage.$schema,
      id: curated.id,
      nameVariants: curated.nameVariants,
      membership: fromPage.membership ?? curated.membership,
      position: fromPage.position ?? curated.position,
      portrait: mergePortrait(fromPage.portrait, curated.portrait),
      topics,
      ...(curated.topicLabels && { topicLabels: curated.topicLabels }),
      publications,
    },
    diagnostics,
    report,
  };
}

/** The fields the page changed in a curated publication, as the report names them. */
function changedFields(before: Publication, after: ImportedPublication): string[] {
  const fields: string[] = [];
  if (after.alternateTitles.length > before.alternateTitles.length) fields.push('an alternate title');
  if (after.authors.length > before.authors.length) fields.push('coauthors');
  if (after.abstract !== before.abstract) fields.push('the longer abstract');
  return fields;
}

// Index into `curated` for each scraped publication: by folded title or alternate title first, then
// by id. Ids are cut at 60 characters, so titles that differ only after that share the slug of the
// first one's id ("base", then "base-2"): the id alone would pair both page titles with "base".
function matchPublications(
  scraped: readonly ScrapedPublication[],
  curated: readonly Publication[],
): (number | undefined)[] {
  const byKey = new Map<string, number>();
  curated.forEach((publication, index) => {
    for (const title of [publication.title, ...publication.alternateTitles])
      if (!byKey.has(titleKey(title))) byKey.set(titleKey(title), index);
  });
  const byId = new Map(curated.map((publication, index) => [publication.id, index]));
  const used = new Set<number>();
  return scraped.map((publication) => {
    const index = byKey.get(titleKey(publication.title)) ?? byId.get(publicationIds([publication.title])[0]!);
    if (index === undefined || used.has(index)) return undefined;
    used.add(index);
    return index;
  });
}

function mergePublication(
  curated: Publication,
  page: ScrapedPublication,
  ownerKeys: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): { merged: ImportedPublication; conflict?: string } {
  const alternateTitles = [...curated.alternateTitles];
  const pageTitleKnown = [curated.title, ...alternateTitles].some(
    (title) => titleKey(title) === titleKey(page.title),
  );
  if (!pageTitleKnown) {
    alternateTitles.push(page.title);
    diagnostics.push({
      line: page.line,
      severity: 'note',
      message: `"${page.title}" added as an alternate title`,
    });
  }

  const curatedNames = new Set(curated.authors.map(nameKey));
  const missing = page.authors.filter((author) => !curatedNames.has(nameKey(author)));
  // The page never lists the owner, so only the curated co-authors count against its list.
  const curatedCoauthors = curated.authors.filter((author) => !ownerKeys.has(foldForSearch(author)));
  const addPageAuthors = missing.length > 0 && page.authors.length > curatedCoauthors.length;
  const authors = addPageAuthors ? withPageAuthors(curated.authors, page.authors) : curated.authors;
  if (addPageAuthors)
    for (const name of missing)
      diagnostics.push({
        line: page.line,
        severity: 'warning',
        message: `added coauthor "${name}" from the page: check its position`,
      });
  const unlisted = missing.map((name) => `"${name}"`).join(', ');
  const conflict =
    !addPageAuthors && missing.length > 0
      ? `authors: the page lists ${unlisted}, not in the profile (kept the profile's list)`
      : undefined;
  if (conflict)
    diagnostics.push({
      line: page.line,
      severity: 'warning',
      message: `the page lists ${unlisted}, not in the curated authors; kept the curated list`,
    });

  const keepAbstract = page.abstract === null || (curated.abstract?.length ?? -1) >= page.abstract.length;
  if (!keepAbstract)
    diagnostics.push({ line: page.line, severity: 'note', message: 'took the page’s longer abstract' });

  const merged: ImportedPublication = {
    id: curated.id,
    title: curated.title,
    alternateTitles,
    authors,
    year: curated.year,
    venue: curated.venue,
    kind: curated.kind,
    topics: curated.topics,
    abstract: keepAbstract ? curated.abstract : page.abstract,
    abstractTruncated: keepAbstract ? curated.abstractTruncated : page.abstractTruncated,
    identifiers: curated.identifiers,
    links: curated.links,
  };
  return { merged, conflict };
}

/**
 * The curated authors in their order (owner included), with each page author they lack inserted
 * after the author it follows on the page; one the page lists before any known author goes before
 * the first known author it precedes, and one among no known authors at all goes at the end.
 */
function withPageAuthors(curated: readonly string[], page: readonly string[]): string[] {
  const authors = [...curated];
  const at = (name: string) => authors.findIndex((author) => nameKey(author) === nameKey(name));
  page.forEach((name, index) => {
    if (at(name) >= 0) return;
    const before = page
      .slice(0, index)
      .map(at)
      .filter((position) => position >= 0);
    const after = page
      .slice(index + 1)
      .map(at)
      .filter((position) => position >= 0);
    const position = before.length > 0 ? before.at(-1)! + 1 : after.length > 0 ? after[0]! : authors.length;
    authors.splice(position, 0, name);
  });
  return authors;
}

function mergePortrait(page: Profile['portrait'], curated: Profile['portrait']): Profile['portrait'] {
  if (!page) return curated;
  return { src: curated?.src ?? null, alt: page.alt };
}
