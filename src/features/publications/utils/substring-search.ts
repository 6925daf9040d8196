import type { Publication } from '../../../data/profile-schema';
import { fieldPenalty, foldedFields, foldPublication } from './folded-publication';
import { forEachWord } from './folded-words';
import { lazyMatch } from './publication-match';
import type { PublicationMatch } from './search-publications';
import { exactPenalty, type TermMatcher } from './term-matcher';

/**
 * Search without an index, used while the index loads: every term must occur in some field,
 * exactly (accents and case aside). No typo tolerance, but never a wrong result.
 */
export function substringSearch(
  publications: readonly Publication[],
  terms: readonly string[],
): PublicationMatch[] {
  const matchers: TermMatcher[] = terms.map((term) => ({ term, fuzzyWords: new Set() }));
  const hits: { match: PublicationMatch; index: number }[] = [];
  publications.forEach((publication, index) => {
    const folded = foldPublication(publication);
    const fields = foldedFields(folded);
    let total = 0;
    for (const term of terms) {
      let best = Infinity;
      for (const [text, field] of fields)
        if (text.includes(term))
          forEachWord(text, (word) => {
            const penalty = exactPenalty(term, word);
            if (penalty !== undefined) best = Math.min(best, 1 - (1 - penalty) * (1 - fieldPenalty(field)));
          });
      total += best;
      if (best === Infinity) return;
    }
    hits.push({ match: lazyMatch(publication, folded, matchers, total / terms.length), index });
  });
  return hits.sort((a, b) => a.match.score - b.match.score || a.index - b.index).map(({ match }) => match);
}
