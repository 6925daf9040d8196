import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithOffsets, toOriginalRange } from './fold-text';

/** The original text behind the folded occurrence of `needle`. */
function originalOf(text: string, needle: string): string {
  const folded = foldWithOffsets(text);
  const at = folded.folded.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const range = toOriginalRange(folded, at, at + needle.length);
  return text.slice(range.start, range.end);
}

describe('foldForSearch', () => {
  it.each([
    ['Veličković', 'velickovic'],
    ['Bošnjak', 'bosnjak'],
    ['Miłoś', 'milos'],
    ['Zając', 'zajac'],
    ['Straße', 'strasse'],
    ['Ødegård', 'odegard'],
    ['e\u0301te\u0301', 'ete'],
    ['Þór', 'thor'],
    ['ÐAVÍÐ', 'david'],
    ['GROẞ', 'gross'],
    ['ﬁne-grained', 'fine-grained'],
    ['ＡＢＣ', 'abc'],
    ['İstanbul', 'istanbul'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe('foldWithOffsets', () => {
  it.each([
    'plain ASCII Text',
    'Petar Veličković',
    'Miłoś Łącki',
    'Gößmann Straße',
    'e\u0301cole de\u0301ja\u0300',
    'emoji 🙂 and 👩‍🔬 astral 𝒳',
    'שלום עולם RTL',
    '.*+?()[]{}|\\^$',
    '',
    '\u0301 a stray mark first',
    'Þór and the ﬁrst ẞ',
  ])('folds %j exactly like foldForSearch', (input) => {
    expect(foldWithOffsets(input).folded).toBe(foldForSearch(input));
  });

  it('maps folded ranges back to the original word around accents', () => {
    expect(originalOf('Petar Veličković', 'velickovic')).toBe('Veličković');
    expect(originalOf('Maciej Miłoś, Kraków', 'krakow')).toBe('Kraków');
  });

  it('maps across characters that fold to more or fewer characters', () => {
    expect(originalOf('Die Straße nach Süden', 'suden')).toBe('Süden');
    expect(originalOf('Die Straße nach Süden', 'strasse')).toBe('Straße');
    // Decomposed accents (e + combining acute) are kept with their letter.
    expect(originalOf('une e\u0301cole ici', 'ecole')).toBe('e\u0301cole');
    expect(originalOf('une e\u0301cole ici', 'ici')).toBe('ici');
  });

  it('keeps astral characters whole', () => {
    const text = 'a 🙂 b 𝒳yz';
    expect(originalOf(text, 'b')).toBe('b');
    expect(originalOf(text, 'yz')).toBe('yz');
  });

  it('maps a range inside a character that became two to the whole character', () => {
    const text = 'aß';
    const range = toOriginalRange(foldWithOffsets(text), 2, 3); // the second "s"
    expect(text.slice(range.start, range.end)).toBe('ß');
  });

  it('folds a final sigma like any sigma, so a capitalised word matches', () => {
    expect(foldWithOffsets('ΛΟΓΟΣ').folded).toBe(foldWithOffsets('λογος').folded);
  });

  it('maps a ligature back to itself', () => {
    expect(originalOf('the ﬁne print', 'fine')).toBe('ﬁne');
  });

  it('folds a huge text', () => {
    const text = 'Veličković '.repeat(20_000);
    expect(foldWithOffsets(text).folded).toBe('velickovic '.repeat(20_000));
  });
});
