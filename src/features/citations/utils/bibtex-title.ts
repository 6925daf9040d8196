import { escapeLatex, type TexEncoding } from './latex-escape';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Whether a BibTeX style that lower-cases titles would damage this word: acronyms ("LLMs",
 * "ICML"), inner capitals ("NeurIPS", "iPhone"), capitals with digits ("T5") and lone capitals
 * after the first word ("Q-learning"). Capitalised ordinary words are left for the style to case.
 */
function needsCaseProtection(word: string, first: boolean): boolean {
  const [head = '', ...rest] = [...word.normalize('NFC')];
  const tail = rest.join('');
  if (/\p{Lu}/u.test(tail)) return true;
  if (/\p{Lu}/u.test(head) && /\p{N}/u.test(tail)) return true;
  return !first && tail === '' && /\p{Lu}/u.test(head) && head !== 'A';
}

/** A title as a BibTeX field value: escaped, with the words that must keep their case in braces. */
export function bibtexTitle(title: string, encoding: TexEncoding): string {
  const text = title.normalize('NFC');
  let result = '';
  let last = 0;
  let first = true;
  for (const match of text.matchAll(WORD)) {
    const word = escapeLatex(match[0], encoding);
    result += escapeLatex(text.slice(last, match.index), encoding);
    result += needsCaseProtection(match[0], first) ? `{${word}}` : word;
    last = match.index + match[0].length;
    first = false;
  }
  return result + escapeLatex(text.slice(last), encoding);
}
