import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import razvanPascanu from '../../../../data/profiles/razvan-pascanu.json';
import { buildPublication } from '../../../../tests/builders';
import { hostileString, splitsPair } from '../../../../tests/hostile-text';
import type { Publication } from '../../../data/profile-schema';
import { splitByRanges } from './highlight';
import { highlightMatch } from './publication-match';
import { createPublicationSearch } from './search-publications';
import type { Highlights, TextRange } from './types';

const realPublications = razvanPascanu.publications as Publication[];
const realSearch = createPublicationSearch(realPublications);

/** Every shown text of a publication with its highlight ranges. */
function highlightedTexts(publication: Publication, highlights: Highlights): [string, TextRange[]][] {
  return [
    [publication.title, highlights.title],
    ...publication.alternateTitles.map((title, index): [string, TextRange[]] => [
      title,
      highlights.alternateTitles[index] ?? [],
    ]),
    ...publication.authors.map((author, index): [string, TextRange[]] => [
      author,
      highlights.authors[index] ?? [],
    ]),
    [publication.venue ?? '', highlights.venue],
    [publication.abstract ?? '', highlights.abstract],
  ];
}

/** Whether a combining mark starts at `offset`, so that a range there would cut it from its letter. */
const startsMark = (text: string, offset: number) =>
  offset > 0 && /^\p{M}/u.test(text.slice(offset, offset + 2));

function expectRangesInside(text: string, ranges: readonly TextRange[]) {
  for (const { start, end } of ranges) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start < end && end <= text.length, `[${start}, ${end}) in ${text.length}`).toBe(
      true,
    );
    expect(splitsPair(text, start) || splitsPair(text, end), `[${start}, ${end}) splits a pair`).toBe(false);
    expect(startsMark(text, start) || startsMark(text, end), `[${start}, ${end}) leaves out a mark`).toBe(
      false,
    );
  }
}

/** Searches, highlights every hit and splits each highlighted text: none may throw or leave the text. */
function searchAndHighlight(search: ReturnType<typeof createPublicationSearch>, query: string): number {
  let marked = 0;
  for (const hit of search.search(query))
    for (const [text, ranges] of highlightedTexts(hit.publication, highlightMatch(hit))) {
      expectRangesInside(text, ranges);
      marked += ranges.length;
      expect(
        splitByRanges(text, ranges)
          .map((part) => part.text)
          .join(''),
      ).toBe(text);
    }
  return marked;
}

/** Words of the real profile, so that hostile queries also find something. */
const realWords = [
  ...new Set(
    realPublications.flatMap((publication) =>
      [publication.title, ...publication.authors, publication.venue ?? ''].flatMap((text) =>
        text.split(/\s+/),
      ),
    ),
  ),
].filter((word) => word !== '');

const realQuery = fc.oneof(
  hostileString,
  fc
    .tuple(fc.constantFrom(...realWords), hostileString, fc.constantFrom(...realWords))
    .map(([a, noise, b]) => `${a}${noise.slice(0, 8)} ${b}`),
  fc.constantFrom(...realWords).map((word) => word.slice(0, Math.max(1, word.length - 1))),
);

/** A publication whose shown texts are any Unicode strings. */
const hostilePublication = fc
  .record({
    title: hostileString,
    alternateTitles: fc.array(hostileString, { maxLength: 1 }),
    authors: fc.array(hostileString, { minLength: 1, maxLength: 3 }),
    venue: fc.option(hostileString),
    abstract: fc.option(hostileString),
  })
  .map((fields) => buildPublication(fields));

/** A few hostile publications, and a query cut from one of their texts (so it often matches). */
const hostileCorpus = fc.array(hostilePublication, { minLength: 1, maxLength: 4 }).chain((publications) => {
  const texts = publications.flatMap((publication) => [publication.title, ...publication.authors]);
  const cut = fc
    .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 30 }))
    .map(([text, from, length]) => text.slice(from % (text.length + 1), (from % (text.length + 1)) + length));
  return fc.tuple(fc.constant(publications), fc.oneof(cut, hostileString));
});

describe('search and highlighting on any Unicode input (property)', () => {
  it('searching the real profile for anything never throws; every range stays in its text, on whole characters', () => {
    let marked = 0;
    fc.assert(
      fc.property(realQuery, (query) => {
        marked += searchAndHighlight(realSearch, query);
      }),
      { seed: 1101, numRuns: 1_500 },
    );
    expect(marked).toBeGreaterThan(1_000);
  });

  it('searching hostile publications never throws; every range stays in its text, on whole characters', () => {
    let marked = 0;
    fc.assert(
      fc.property(hostileCorpus, ([publications, query]) => {
        marked += searchAndHighlight(createPublicationSearch(publications), query);
      }),
      { seed: 1102, numRuns: 500 },
    );
    // The queries cut from the texts must exercise highlighting, not only the empty result.
    expect(marked).toBeGreaterThan(500);
  });

  it('splitByRanges keeps the text whole and never splits a surrogate pair, whatever the ranges', () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -5, max: 60 }),
      fc.double(),
      fc.constantFrom(NaN, Infinity, -Infinity, -0),
    );
    const ranges = fc.array(fc.record({ start: anyNumber, end: anyNumber }), { maxLength: 6 });
    fc.assert(
      fc.property(hostileString, ranges, (text, given) => {
        const parts = splitByRanges(text, given);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        let at = 0;
        for (const [index, part] of parts.entries()) {
          expect(part.text).not.toBe('');
          // Merged: a marked part never follows a marked part, nor plain text plain text.
          if (index > 0) expect(part.match).not.toBe(parts[index - 1]?.match);
          expect(splitsPair(text, at)).toBe(false);
          at += part.text.length;
        }
      }),
      { seed: 1103, numRuns: 2_000 },
    );
  });
});
