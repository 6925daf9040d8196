import { repairLatexAccents } from './repair-latex-accents';

/**
 * Shapes of lines in a publications list: is a line prose (an abstract), or a person's name?
 * Each test is one signal; `split-publication-entries.ts` combines them with the line's position.
 */

/** `… (see more)` where the page cut an abstract; the text after it continues the same word. */
export const SEE_MORE = /(?:…|\.{3}) ?\(see more\)|\(see more\)/gi;

/** Lower-case name particles: "Hado van Hasselt", "Soham De". */
const PARTICLES = wordSet(`al bin da das de del della den der di do dos du el ibn la le ten ter van
  von y zu`);

// Word lists are the right tool for closed classes only: English function words and name
// particles are small, fixed sets that do not depend on the researcher's field, so listing them
// generalises to any page. Open-class words (a field's nouns) cannot be listed; they come from the
// page itself (see `pageVocabulary`), with TITLE_WORDS as a small fallback of words common in
// titles across fields, for pages whose other lines never use them in lower case.

// Function words that put a line in a title ("Agency Is Frame-Dependent"), never in a name.
const FUNCTION_WORDS = wordSet(`a about against all an and are as at be beyond between by can does for from
  how in into is it its not of on or our than that the this through to toward towards under using via
  versus vs we what when where which why with without you your`);

// Ordinary words common in titles of any field, for pages that never write them in lower case;
// a field's own words ("graph", "reinforcement", "coral") come from the page.
const TITLE_WORDS = wordSet(`analysis approach case change control data design development dynamics
  effects evidence evolution history learning methods model models network networks new policy review
  structure studies study survey systems theory understanding`);

// Common given names spelled like a function word: "Can Öztürk", "An Nguyen". First in a line
// they may start a name; whether the line is a title ("Can Transformers Reason") is then left to
// its share of ordinary words.
const GIVEN_NAMES_THAT_ARE_FUNCTION_WORDS = wordSet('an can');

function wordSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

// Generational suffixes, a closed set, last in a name: "Martin Luther King Jr.", "John Smith III".
const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
const DETACHED_ACCENT = /^'\p{L}$/u; // "Velivckovi 'c": LaTeX \'{c} left a space before the letter
const CAPITALISED = /^'?\p{Lu}[\p{L}'’-]*$/u;
const SHOUTING = /\p{Lu}{2}/u; // "LLMs", "SPARC": acronyms belong to titles
const NOT_IN_NAMES = /[\d,;:?!()[\]{}"“”…/\\@#&*+=<>]/;

function isNameWord(token: string): boolean {
  return CAPITALISED.test(token) && /\p{Ll}/u.test(token) && !SHOUTING.test(token);
}

/**
 * True when a line is shaped like one person's name: 2–6 tokens of capitalised words, initials
 * ("L."), particles and a final suffix ("Jr."), no sentence punctuation, no lower-case word other than a particle, and no
 * capitalised function word before the last token ("Is" in a title; "Minh Do" is a name).
 */
export function isNameShaped(text: string): boolean {
  // Judged after the safe accent repairs, so "Jan vSkoda" is read as the "Jan Škoda" it is.
  const tokens = repairLatexAccents(text).name.split(' ');
  if (tokens.length < 2 || tokens.length > 6 || NOT_IN_NAMES.test(text)) return false;
  const last = tokens.length - 1;
  let words = 0;
  for (const [index, token] of tokens.entries()) {
    if (isNameWord(token)) {
      const lower = token.toLowerCase();
      const givenName = index === 0 && GIVEN_NAMES_THAT_ARE_FUNCTION_WORDS.has(lower);
      if (index < last && FUNCTION_WORDS.has(lower) && !PARTICLES.has(lower) && !givenName) return false;
      words += 1;
    } else if (INITIAL.test(token)) {
      if (index === last) return false;
    } else if (PARTICLES.has(token)) {
      if (index === 0 || index === last) return false;
    } else if (DETACHED_ACCENT.test(token)) {
      if (index !== last) return false;
    } else if (SUFFIXES.has(token)) {
      if (index !== last || index < 2) return false;
    } else return false;
  }
  return words >= 1;
}

/** True when a line reads like an abstract: the cut marker, long prose, or several sentences. */
export function isProse(text: string): boolean {
  if (/\(see more\)/i.test(text)) return true;
  if (text.length >= 200) return true;
  const words = text.split(' ').length;
  if (words >= 12 && /[.!?]["'”’)]? \p{Lu}/u.test(text)) return true;
  return words >= 15 && /[.!?]["'”’)]?$/.test(text);
}

/** True when the line ends inside the cut marker, so the next line continues the same abstract. */
export function endsWithSeeMore(text: string): boolean {
  return /\(see more\)$/i.test(text);
}

/**
 * The page's ordinary words: those written in lower case on any line that is not shaped like a
 * name (abstracts, sentence-case titles), every word of its research topics, and common title
 * words. A name-shaped line made mostly of them is a short title ("Baroque Ornamentation").
 */
export function pageVocabulary(lines: readonly string[], topics: readonly string[] = []): Set<string> {
  const vocabulary = new Set(TITLE_WORDS);
  for (const line of lines) {
    if (isNameShaped(line)) continue;
    for (const word of line.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]*/gu) ?? []) vocabulary.add(word);
  }
  for (const topic of topics)
    for (const word of topic.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.add(word);
  return vocabulary;
}

/**
 * True when a line that is neither prose nor a name ends a sentence: three or more words, one of
 * them in lower case, ending in "." or "!". Such a line right after an entry's authors, with no
 * author after it, is a short abstract the page never cut, not a title; a title ending in "."
 * keeps its authors after it.
 */
export function endsLikeSentence(text: string): boolean {
  return text.split(' ').length >= 3 && /\p{Ll}/u.test(text) && /[.!]["'”’)]?$/.test(text);
}

/**
 * Share of a name-shaped line's words that are ordinary words: "Deep Learning" → 1, "Will
 * Dabney" → 0.5. Above one half the line is more likely a short title than a person.
 */
export function ordinaryWordShare(text: string, vocabulary: ReadonlySet<string>): number {
  const words = text.split(' ').filter(isNameWord);
  if (words.length === 0) return 0;
  const ordinary = words.filter((word) =>
    word
      .toLowerCase()
      .split('-')
      .every((part) => vocabulary.has(part)),
  );
  return ordinary.length / words.length;
}
