import { generateProfile } from '../../scripts/bench/generate-profiles';
import { parseProfile, type Profile, type Publication } from '../../src/data/profile-schema';
import { foldForSearch } from '../../src/lib/fold-text';
import razvanPascanu from '../../data/profiles/razvan-pascanu.json';
import queriesFile from './queries.json';

/** Who must be found, by id or by a rule on the data a reader can check by eye. */
export type Expectation =
  | string[]
  | { author: string } // an author whose name contains these words (accents aside)
  | { topic: string } // tagged with this topic
  | { venue: string } // exactly this venue
  | { year: number }
  | { word: string }; // this whole word in a shown text or a topic label

export interface LabelledQuery {
  profile: string;
  kind: string;
  query: string;
  expect: Expectation;
  /** The publication that must rank first, when that is clear. */
  first?: string;
  /** `expect` lists every publication the query should find: anything else counts against precision. */
  exhaustive?: boolean;
  /** Typed in this language, as the profile's topic labels in it read (the page in that language shows them). */
  language?: string;
}

export const SYNTHETIC_SIZE = 2_000;
export const SYNTHETIC_SEED = 2_000;

export function loadProfiles(): Map<string, Profile> {
  const real = validProfile(razvanPascanu);
  const synthetic = generateProfile(SYNTHETIC_SIZE, SYNTHETIC_SEED);
  return new Map([
    [real.id, real],
    [synthetic.id, synthetic],
  ]);
}

export function loadQueries(): LabelledQuery[] {
  return queriesFile.queries as LabelledQuery[];
}

function validProfile(data: unknown): Profile {
  const result = parseProfile(data);
  if (!result.ok) throw new Error(`invalid profile: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.profile;
}

const words = (text: string) => foldForSearch(text).split(/[^\p{L}\p{N}]+/u);

/** The ids of the publications an expectation names. */
export function expectedIds(expectation: Expectation, publications: readonly Publication[]): string[] {
  if (Array.isArray(expectation)) return expectation;
  const pick = (keep: (publication: Publication) => boolean) =>
    publications.filter(keep).map((publication) => publication.id);
  if ('author' in expectation) {
    const wanted = ` ${words(expectation.author).join(' ')} `;
    return pick(({ authors }) => authors.some((author) => ` ${words(author).join(' ')} `.includes(wanted)));
  }
  if ('topic' in expectation) return pick(({ topics }) => topics.includes(expectation.topic));
  if ('venue' in expectation) return pick(({ venue }) => venue === expectation.venue);
  if ('year' in expectation) return pick(({ year }) => year === expectation.year);
  const word = foldForSearch(expectation.word);
  return pick((publication) =>
    [
      publication.title,
      ...publication.alternateTitles,
      ...publication.authors,
      publication.venue ?? '',
      publication.abstract ?? '',
      ...publication.topics,
    ].some((text) => words(text).includes(word)),
  );
}
