import type { Publication } from '../../../data/profile-schema';
import { exactScore } from './ranking';
import { rememberedSearchableTexts } from './searchable-texts';
import type { PublicationMatch, TermMatch } from './types';
import { forEachWord } from './words';

/**
 * Search without an index, used while the index loads: every term must occur in some field,
 * exactly (accents and case aside), by the same rule and score as the index. No typos, other
 * spellings or full-name rule (each would grow the page's first chunks), but never a wrong result.
 */
export function substringSearch(
  publications: readonly Publication[],
  terms: readonly string[],
): PublicationMatch[] {
  const matched: TermMatch[] = terms.map((term) => ({ term, fuzzyWords: [] }));
  const hits: PublicationMatch[] = [];
  for (const publication of publications) {
    const texts = rememberedSearchableTexts(publication);
    let total = 0;
    for (const term of terms) {
      let best = Infinity;
      for (const [text, field] of texts)
        if (text.includes(term))
          forEachWord(text, (start, end) => {
            best = Math.min(best, exactScore(term, text.slice(start, end), field));
          });
      total += best;
      if (best === Infinity) break;
    }
    if (total !== Infinity) hits.push({ publication, score: total / terms.length, terms: matched });
  }
  // A stable sort: equally good hits keep the publications' order.
  return hits.sort((a, b) => a.score - b.score);
}
