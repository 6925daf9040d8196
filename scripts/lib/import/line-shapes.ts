/**
 * Shapes of lines in a publications list: is a line prose (an abstract), or a person's name?
 * Each test is one signal; `split-publication-entries.ts` combines them with the line's position.
 */

/** `… (see more)` where the page cut an abstract; the text after it continues the same word. */
export const SEE_MORE = /(?:…|\.{3}) ?\(see more\)|\(see more\)/gi;

/** Lower-case name particles: "Hado van Hasselt", "Soham De". */
const PARTICLES = wordSet(`al bin da das de del della den der di do dos du el ibn la le ten ter van
  von y zu`);

// Function words that put a line in a title ("Agency Is Frame-Dependent"), never in a name.
const FUNCTION_WORDS = wordSet(`a about against all an and are as at be beyond between by can does for from
  how in into is it its not of on or our than that the this through to toward towards under using via
  versus vs we what when where which why with without you your`);

// Ordinary words common in titles; the page's own prose adds more (see `proseVocabulary`).
const TITLE_WORDS = wordSet(`adversarial agency agents analysis attention continual data deep dependent
  efficient frame generalization generalisation graph graphs language large learning memory model models
  network networks neural optimization reinforcement representation representations robust scaling study
  theory training transformer transformers understanding`);

function wordSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

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
 * ("L.") and particles, no sentence punctuation, no lower-case word other than a particle, and no
 * capitalised function word before the last token ("Is" in a title; "Minh Do" is a name).
 */
export function isNameShaped(text: string): boolean {
  const tokens = text.split(' ');
  if (tokens.length < 2 || tokens.length > 6 || NOT_IN_NAMES.test(text)) return false;
  const last = tokens.length - 1;
  let words = 0;
  for (const [index, token] of tokens.entries()) {
    if (isNameWord(token)) {
      const lower = token.toLowerCase();
      if (index < last && FUNCTION_WORDS.has(lower) && !PARTICLES.has(lower)) return false;
      words += 1;
    } else if (INITIAL.test(token)) {
      if (index === last) return false;
    } else if (PARTICLES.has(token)) {
      if (index === 0 || index === last) return false;
    } else if (DETACHED_ACCENT.test(token)) {
      if (index !== last) return false;
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

/** Words written in lower case in the page's prose, plus common title words. */
export function proseVocabulary(proseLines: readonly string[]): Set<string> {
  const vocabulary = new Set(TITLE_WORDS);
  for (const line of proseLines)
    for (const word of line.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]*/gu) ?? []) vocabulary.add(word);
  return vocabulary;
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
