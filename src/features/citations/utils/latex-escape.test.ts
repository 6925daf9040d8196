import { describe, expect, test } from 'vitest';
import { escapeLatex } from './latex-escape';

// eslint-disable-next-line no-control-regex -- "only ASCII" includes the control characters
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** Every letter of Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F, without × and ÷). */
const LATIN_LETTERS = Array.from({ length: 0x180 - 0xc0 }, (_, index) => String.fromCharCode(0xc0 + index))
  .filter((char) => /\p{L}/u.test(char))
  .join('');

describe('escapeLatex', () => {
  test.each(['utf8', 'ascii'] as const)('escapes the characters TeX reads as commands (%s)', (encoding) => {
    expect(escapeLatex('{a} 100% R&D $5 #1 a_b x~y 2^3 C:\\dir', encoding)).toBe(
      '\\{a\\} 100\\% R\\&D \\$5 \\#1 a\\_b x\\textasciitilde{}y 2\\textasciicircum{}3 C:\\textbackslash{}dir',
    );
  });

  test('UTF-8 keeps accents, composed', () => {
    expect(escapeLatex('Bošnjak', 'utf8')).toBe('Bošnjak');
    expect(escapeLatex('Bos\u030cnjak', 'utf8')).toBe('Bošnjak');
  });

  test.each([
    ['Bošnjak', 'Bo{\\v{s}}njak'],
    ['Veličković', "Veli{\\v{c}}kovi{\\'c}"],
    ['Kuciński', "Kuci{\\'n}ski"],
    ['Miłoś', "Mi{\\l}o{\\'s}"],
    ['Zając', 'Zaj{\\k{a}}c'],
    ['Łukasz', '{\\L}ukasz'],
    ['Gonçalo', 'Gon{\\c{c}}alo'],
    ['João', 'Jo{\\~a}o'],
    ['Ilić', "Ili{\\'c}"],
    ['Gödel', 'G{\\"o}del'],
    ['Erdős', 'Erd{\\H{o}}s'],
    ['Ångström', '{\\AA}ngstr{\\"o}m'],
    ['Straße', 'Stra{\\ss}e'],
    ['ǘ', '{\\\'{\\"u}}'],
  ])('ASCII mode writes %s as %s', (name, tex) => {
    expect(escapeLatex(name, 'ascii')).toBe(tex);
  });

  test('ASCII mode gives the same escapes for decomposed input', () => {
    expect(escapeLatex('Bos\u030cnjak', 'ascii')).toBe(escapeLatex('Bošnjak', 'ascii'));
  });

  test('ASCII mode writes every Latin-1 and Latin Extended-A letter, and typographic punctuation, in ASCII', () => {
    expect(LATIN_LETTERS.length).toBeGreaterThan(150);
    const text = `${LATIN_LETTERS} “quoted” ‘single’ – — … «» × ÷ ± ° © § € £ µ \u00a0 α β Ω`;
    const missed = [...LATIN_LETTERS].filter((char) => !ASCII_ONLY.test(escapeLatex(char, 'ascii')));
    // Letters no standard LaTeX encoding has a command for stay UTF-8 (see the next test).
    expect(missed).toEqual(['Ħ', 'Ŀ', 'ŀ', 'ŉ', 'Ŧ', 'ŧ', 'ſ']);
    const withoutThose = text.replace(/[ĦĿŀŉŦŧſ]/g, '');
    expect(escapeLatex(withoutThose, 'ascii')).toMatch(ASCII_ONLY);
  });

  test('ASCII mode leaves a character it has no LaTeX for as it is, rather than dropping it', () => {
    expect(escapeLatex('王 Ж Ħ', 'ascii')).toBe('王 Ж Ħ');
  });
});
