/**
 * Undoes the damage a LaTeX-to-text step did to author names. `\'c`, `\v{s}` and `\k{a}` lost
 * their backslash and braces but kept a trace: `Ili'c`, `Bovsnjak`, `Zajkac`. Each rule only
 * fires on a trace that ordinary names do not contain, so a repair is safe to apply; anything
 * less certain is left to `findSuspiciousSpellings`.
 */

const ACUTE = accents('aá eé ií oó uú yý cć nń sś zź AÁ EÉ IÍ OÓ UÚ CĆ NŃ SŚ ZŹ');
const CARON = accents('sš cč zž SŠ CČ ZŽ');
const OGONEK = accents('aą eę');

interface Rule {
  /** Matches the trace; the named group `letter` is the letter that lost its accent. */
  pattern: RegExp;
  command: string;
  accented: Record<string, string>;
}

const RULES: Rule[] = [
  // "Velivckovi 'c": the accent and its letter were split off the word.
  { pattern: /(?<=\p{Ll}) '(?<letter>[aceinosuyz])(?= |$)/gu, command: "\\'", accented: ACUTE },
  // "Ili'c", "Kuci'nski", "Milo's": an apostrophe between a lower-case letter and an accentable
  // one. An English possessive never appears in an author line; "O'Neil" has a capital before it.
  { pattern: /(?<=\p{Ll})'(?<letter>[aceinosuyz])/gu, command: "\\'", accented: ACUTE },
  // "'Alvaro": a capital at the start of a word.
  { pattern: /(?<=^| )'(?<letter>[ACEINOSUZ])(?=\p{Ll})/gu, command: "\\'", accented: ACUTE },
  // "Bovsnjak", "Velivckovi": \v{s} became "vs" after a vowel. Only before letters that follow
  // š/č/ž in Slavic names but not "vs"/"vc" in other spellings: "Petrovsky", "Levstik",
  // "Ovchinnikov", "Avsec" and "Evsey" stay as they are.
  { pattern: /(?<=[aeiouy])v(?<letter>[scz](?=[jlmn])|c(?=k))/g, command: '\\v', accented: CARON },
  // "vSkoda": a lower-case v glued to a capital at the start of a word.
  { pattern: /(?<=^| )v(?<letter>[SCZ])(?=\p{Ll})/gu, command: '\\v', accented: CARON },
  // "Zajkac": \k{a} became "ka" after "j" and before c/k/z (Zając, Zajączkowski), which Polish
  // spells "jąc", never "jkac".
  { pattern: /(?<=[aeiouy]j)k(?<letter>[ae])(?=[cćkz])/g, command: '\\k', accented: OGONEK },
];

export interface NameRepair {
  name: string;
  /** The LaTeX accents restored, e.g. `\'{n}`, `\v{s}`. */
  restored: string[];
}

/** Returns the repaired name and the accents it restored (none when nothing changed). */
export function repairLatexAccents(name: string): NameRepair {
  const restored: string[] = [];
  const repaired = RULES.reduce(
    (text, { pattern, command, accented }) =>
      text.replace(pattern, (...args: unknown[]) => {
        const letter = (args.at(-1) as { letter: string }).letter;
        restored.push(`${command}{${letter}}`);
        return accented[letter]!;
      }),
    name,
  );
  return { name: repaired, restored };
}

function accents(pairs: string): Record<string, string> {
  return Object.fromEntries(pairs.split(' ').map((pair) => [pair[0]!, pair[1]!]));
}
