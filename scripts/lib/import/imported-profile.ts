import { SCHEMA_VERSION, type Profile, type Publication } from '../../../src/data/profile-schema';
import type { DirectoryPage } from './parse-directory-page';
import { publicationIds, slugify } from './publication-keys';
import type { ScrapedPublication } from './scrape-publications';

/** A publication as the importer writes it: `year` stays null until someone curates it. */
export type ImportedPublication = Omit<Publication, 'year'> & { year: number | null };

/** The schema's input shape, every field written out, publications possibly lacking a year. */
export type ImportedProfile = Omit<Profile, '$schema' | 'publications'> & {
  $schema: string;
  publications: ImportedPublication[];
};

const SCHEMA_REFERENCE = '../profile.schema.json';

/** The profile as far as the page alone can tell; see `mergeCurated` for the rest. */
export function buildImportedProfile(
  page: DirectoryPage,
  publications: readonly ScrapedPublication[],
): ImportedProfile {
  const ids = publicationIds(publications.map((publication) => publication.title));
  return {
    $schema: SCHEMA_REFERENCE,
    schemaVersion: SCHEMA_VERSION,
    id: slugify(page.name.text),
    name: page.name.text,
    nameVariants: [],
    membership: page.membership,
    position: page.position,
    portrait: page.portraitAlt === null ? null : { src: null, alt: page.portraitAlt },
    topics: page.topics,
    publications: publications.map((publication, index) => uncuratedPublication(publication, ids[index]!)),
  };
}

/** What the page gives; year, venue, kind, topics, identifiers and links are left for curation. */
export function uncuratedPublication(publication: ScrapedPublication, id: string): ImportedPublication {
  return {
    id,
    title: publication.title,
    alternateTitles: [],
    authors: publication.authors,
    year: null,
    venue: null,
    kind: 'other',
    topics: [],
    abstract: publication.abstract,
    abstractTruncated: publication.abstractTruncated,
    identifiers: {},
    links: [],
  };
}

/** Pretty JSON, two-space indentation and a final newline, as the profiles folder keeps it. */
export function profileToJson(profile: ImportedProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
