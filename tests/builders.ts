import type { Profile, Publication } from '../src/data/profile-schema';

let sequence = 0;

export const OWNER = 'Ada Researcher';

/** A valid publication; pass overrides for what a test cares about. */
export function buildPublication(overrides: Partial<Publication> = {}): Publication {
  sequence += 1;
  return {
    id: `publication-${sequence}`,
    title: `A study of things, part ${sequence}`,
    alternateTitles: [],
    authors: ['Jane Coauthor', OWNER],
    year: 2020,
    venue: 'Some Conference 2020',
    kind: 'conference',
    topics: [],
    abstract: null,
    abstractTruncated: false,
    identifiers: {},
    links: [],
    ...overrides,
  };
}

/** A valid profile; its topics default to every topic its publications use. */
export function buildProfile(overrides: Partial<Profile> = {}): Profile {
  const publications = overrides.publications ?? [buildPublication()];
  return {
    schemaVersion: 1,
    id: 'ada-researcher',
    name: OWNER,
    nameVariants: [],
    membership: 'Core Member',
    position: 'Professor, Some University',
    portrait: { src: null, alt: `Portrait of ${OWNER}` },
    topics: [...new Set(publications.flatMap((publication) => publication.topics))],
    publications,
    ...overrides,
  };
}
