import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, MAX_TERM_LENGTH, queryTerms } from './query-terms';

describe('queryTerms', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(queryTerms('  Veličković, SOFTMAX-attention ')).toEqual(['velickovic', 'softmax', 'attention']);
    expect(queryTerms('Miłoś Straße')).toEqual(['milos', 'strasse']);
  });

  it('drops duplicates, keeping the first occurrence order', () => {
    expect(queryTerms('graph Graph GRÁPH nets')).toEqual(['graph', 'nets']);
  });

  it('has no terms for empty, blank, punctuation-only or emoji-only queries', () => {
    for (const query of ['', '   ', '\t\n', '.*+?()[]{}|\\^$', '🙂👩‍🔬', '— – … ¿¡'])
      expect(queryTerms(query)).toEqual([]);
  });

  it('treats regex characters as separators, never as patterns', () => {
    expect(queryTerms('soft.*max (a|b)')).toEqual(['soft', 'max', 'a', 'b']);
  });

  it('caps the number and length of terms', () => {
    const many = Array.from({ length: 20 }, (_, index) => `word${index}`).join(' ');
    expect(queryTerms(many)).toHaveLength(MAX_QUERY_TERMS);
    const [long] = queryTerms('x'.repeat(10_000));
    expect(long).toBe('x'.repeat(MAX_TERM_LENGTH));
  });

  it('never keeps half of an astral letter when cutting a long term', () => {
    const [term] = queryTerms('a'.repeat(MAX_TERM_LENGTH - 1) + '𠀀𠀀𠀀');
    expect(term).toBe('a'.repeat(MAX_TERM_LENGTH - 1));
  });

  it('keeps words of other scripts, RTL included', () => {
    expect(queryTerms('שלום עולם')).toEqual(['שלום', 'עולם']);
    expect(queryTerms('ΛΟΓΟΣ')).toEqual(queryTerms('λογος'));
  });
});
