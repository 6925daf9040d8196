import { importDirectoryPage } from '../../scripts/lib/import/import-directory-page';
import { nameKey, titleKey } from '../../scripts/lib/import/publication-keys';
import { foldForSearch } from '../../src/lib/fold-text';
import { ownerNameKeys, type Profile, type Publication } from '../../src/data/profile-schema';

/**
 * Rules a hand-curated profile must keep, beyond the schema: each returns "JSON path: what is
 * wrong". They are about the curation (owner, spelling, dates, identifiers, links, abstracts,
 * the page it came from), so they hold for any profile, not just the one in the repository.
 */

const FIRST_YEAR = 1950;
const LAST_YEAR = new Date().getUTCFullYear() + 1;
const PUBLISHED = new Set<Publication['kind']>(['conference', 'workshop', 'journal', 'commentary']);
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/;

// Traces a LaTeX-to-text step leaves in names: syntax, an accent split off ("Ili'c", "'Alvaro",
// "Velivckovi 'c"), a caron as "v" ("Bovsnjak", "vSkoda"), an ogonek as "k" ("Zajkac").
const NAME_DEBRIS: [RegExp, string][] = [
  [/[\\{}$^~]/, 'LaTeX syntax'],
  [/\p{Ll}['’]\p{L}/u, 'an accent split off by an apostrophe'],
  [/(?:^| )['’]/, 'an accent split off by an apostrophe'],
  [/[aeiouy]v[scz](?=[jlmnk])|(?:^| )v[SCZ]/, 'a caron left as "v"'],
  [/[aeiouy]jk[ae][cćkz]/, 'an ogonek left as "k"'],
];

export function curationProblems(profile: Profile, sourcePage?: Uint8Array | string): string[] {
  const problems: string[] = [];
  const owner = ownerNameKeys(profile);
  const topics = new Set(profile.topics);

  profile.publications.forEach((publication, index) => {
    const at = (field: string, message: string) =>
      problems.push(`$.publications[${index}].${field}: ${message}`);

    const owners = publication.authors.filter((author) => owner.has(foldForSearch(author)));
    if (owners.length !== 1) at('authors', `lists the owner ${owners.length} times`);
    publication.authors.forEach((author, authorIndex) => {
      for (const [pattern, what] of NAME_DEBRIS)
        if (pattern.test(author)) at(`authors[${authorIndex}]`, `"${author}" has ${what}`);
    });
    const keys = publication.authors.map(nameKey);
    if (new Set(keys).size !== keys.length) at('authors', 'lists someone twice');

    const { year, kind, venue, identifiers, links } = publication;
    if (year < FIRST_YEAR || year > LAST_YEAR)
      at('year', `${year} is not between ${FIRST_YEAR} and ${LAST_YEAR}`);
    const arxivYear = identifiers.arxiv && /^(\d{2})(\d{2})\./.exec(identifiers.arxiv);
    if (arxivYear && year < 2000 + Number(arxivYear[1]))
      at('year', `${year} is before its arXiv id ${identifiers.arxiv} (20${arxivYear[1]})`);
    const venueYear = venue && /\b(19|20)\d{2}\b/.exec(venue);
    if (venueYear && Number(venueYear[0]) !== year) at('year', `${year} but the venue is "${venue}"`);

    if (kind === 'preprint' && !identifiers.arxiv) at('identifiers', 'a preprint without an arXiv id');
    if (kind === 'preprint' && venue !== null) at('venue', `a preprint with a venue ("${venue}")`);
    if (PUBLISHED.has(kind) && venue === null) at('venue', `a ${kind} paper needs its venue`);

    links.forEach((link, linkIndex) => {
      if (!link.url.startsWith('https://')) at(`links[${linkIndex}].url`, `${link.url} is not https`);
    });
    const arxivLink = links.find((link) => link.kind === 'arxiv');
    if (identifiers.arxiv && arxivLink?.url !== `https://arxiv.org/abs/${identifiers.arxiv}`)
      at('links', `no arXiv link to https://arxiv.org/abs/${identifiers.arxiv}`);
    const doiLink = links.find((link) => link.kind === 'doi');
    if (identifiers.doi && doiLink?.url !== `https://doi.org/${identifiers.doi}`)
      at('links', `no DOI link to https://doi.org/${identifiers.doi}`);
    if (new Set(links.map((link) => link.url)).size !== links.length) at('links', 'lists a URL twice');

    if (publication.topics.length === 0) at('topics', 'has no topic');
    for (const topic of publication.topics)
      if (!topics.has(topic)) at('topics', `"${topic}" is not a profile topic`);

    const { abstract, abstractTruncated } = publication;
    if (abstract !== null && abstractTruncated === ENDS_SENTENCE.test(abstract))
      at(
        'abstractTruncated',
        abstractTruncated
          ? 'is true but the abstract ends a sentence'
          : 'is false but the abstract stops mid-sentence',
      );
  });

  if (sourcePage !== undefined) problems.push(...pageProblems(profile, sourcePage));
  return problems;
}

// The page the profile was imported from: each of its works is one curated publication, which
// keeps every co-author the page lists and an abstract at least as complete as the page's.
function pageProblems(profile: Profile, sourcePage: Uint8Array | string): string[] {
  const problems: string[] = [];
  const byTitle = new Map<string, number>();
  profile.publications.forEach((publication, index) => {
    for (const title of [publication.title, ...publication.alternateTitles])
      byTitle.set(titleKey(title), index);
  });
  const claimed = new Map<number, string>();
  for (const scraped of importDirectoryPage(sourcePage).publications) {
    const where = `page line ${scraped.line} ("${scraped.title}")`;
    const index = byTitle.get(titleKey(scraped.title));
    if (index === undefined) {
      problems.push(`${where}: no curated publication has this title or alternate title`);
      continue;
    }
    if (claimed.has(index))
      problems.push(`${where}: maps to publications[${index}], as does "${claimed.get(index)}"`);
    claimed.set(index, scraped.title);
    const curated = profile.publications[index]!;
    const authors = new Set(curated.authors.map(nameKey));
    for (const author of scraped.authors)
      if (!authors.has(nameKey(author)))
        problems.push(`$.publications[${index}].authors: lacks "${author}", whom the page lists (${where})`);
    const cut = scraped.abstractTruncated && scraped.abstract !== null;
    const completed = (curated.abstract?.length ?? 0) > (scraped.abstract?.length ?? 0);
    if (cut && !curated.abstractTruncated && !completed)
      problems.push(
        `$.publications[${index}].abstractTruncated: the page cut this abstract; mark it or complete it`,
      );
  }
  return problems;
}
