import type { Diagnostic } from './diagnostics';
import {
  endsLikeSentence,
  endsWithSeeMore,
  isNameShaped,
  isProse,
  ordinaryWordShare,
  pageVocabulary,
} from './line-shapes';
import type { SourceLine } from './read-page-lines';

const ONE_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** One publication as the page lists it: a title line, author lines, abstract lines. */
export interface PageEntry {
  title: SourceLine;
  authors: SourceLine[];
  abstract: SourceLine[];
}

/**
 * Splits the Publications section into entries. The page has no separators and any part but the
 * title may be missing, and a title can look like a name, so no single test is enough; each line
 * is judged by its shape and its position:
 * - the section's first line, and a line after an abstract, is a title (unless the abstract line
 *   ends in the cut marker, which the next line continues);
 * - prose (the cut marker, 200+ characters, several sentences) is an abstract, and prose right
 *   after an abstract continues it;
 * - after a title or an author, a name-shaped line (see `isNameShaped`) is an author, unless most
 *   of its words are ordinary words on this page ("Deep Learning") and it is not a known author;
 * - after a title or an author, a sentence (see `endsLikeSentence`) that no author follows is a
 *   short abstract the page never cut, and such a sentence after it continues it; these are
 *   guesses, so they are reported, as is a one-word title after an author (it may be a mononym);
 * - anything else starts the next entry.
 * Known authors are name-shaped lines seen at least twice on the page and never where only a title
 * can stand: they keep names made of ordinary words ("Young Park") among the authors.
 */
export function splitPublicationEntries(
  lines: readonly SourceLine[],
  ownerName: string,
  topics: readonly string[] = [],
): { entries: PageEntry[]; diagnostics: Diagnostic[] } {
  const vocabulary = pageVocabulary(
    lines.map((line) => line.text),
    topics,
  );
  const known = knownAuthors(lines).add(ownerName);
  const isAuthor = (text: string) =>
    isNameShaped(text) && (known.has(text) || ordinaryWordShare(text, vocabulary) <= 0.5);

  const entries: PageEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: PageEntry | undefined;
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    const shortSentence = endsLikeSentence(line.text) && !(next && isAuthor(next.text));
    const guess = (entry: PageEntry, what: string) =>
      diagnostics.push({
        line: line.line,
        severity: 'warning',
        message: `read as ${what} of the entry at line ${entry.title.line}, not as a new title: it ends like a sentence and no author follows it`,
      });
    const lastAbstract = current?.abstract.at(-1);
    if (current && lastAbstract) {
      if (endsWithSeeMore(lastAbstract.text) || isProse(line.text)) {
        current.abstract.push(line);
        continue;
      }
      if (shortSentence && !isProse(lastAbstract.text)) {
        current.abstract.push(line);
        guess(current, 'more of the short abstract');
        continue;
      }
    } else if (current) {
      if (isProse(line.text)) {
        current.abstract.push(line);
        continue;
      }
      if (isAuthor(line.text)) {
        current.authors.push(line);
        continue;
      }
      if (shortSentence) {
        current.abstract.push(line);
        guess(current, 'a short abstract');
        continue;
      }
      if (ONE_WORD.test(line.text))
        diagnostics.push({
          line: line.line,
          severity: 'warning',
          message: `"${line.text}" is read as a one-word title; if it is the single name of an author of the entry at line ${current.title.line}, move it there`,
        });
    }
    current = { title: line, authors: [], abstract: [] };
    entries.push(current);
  }
  return { entries, diagnostics };
}

function knownAuthors(lines: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  const titlesOnly = new Set<string>();
  lines.forEach(({ text }, index) => {
    const previous = lines[index - 1]?.text;
    if (previous === undefined || (isProse(previous) && !endsWithSeeMore(previous))) titlesOnly.add(text);
    if (isNameShaped(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  });
  return new Set(
    [...counts].filter(([text, count]) => count >= 2 && !titlesOnly.has(text)).map(([text]) => text),
  );
}
