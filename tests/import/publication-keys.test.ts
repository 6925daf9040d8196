// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nameKey, publicationIds, slugify, titleKey } from '../../scripts/lib/import/publication-keys';

describe('publicationIds', () => {
  it('slugs the title, cut at a word boundary to at most 60 characters', () => {
    const [id] = publicationIds([
      'Universality of Linear Recurrences Followed by Non-linear Projections: Finite-Width Guarantees',
    ]);
    expect(id).toBe('universality-of-linear-recurrences-followed-by-non-linear');
    expect(id!.length).toBeLessThanOrEqual(60);
  });

  it('makes ids unique, also against ids already taken', () => {
    expect(publicationIds(['Same', 'same!', 'Same?'], ['same-2'])).toEqual(['same', 'same-3', 'same-4']);
  });

  it('stays a valid slug for titles without Latin letters or with one huge word', () => {
    expect(publicationIds(['深層学習', '🙂🙂'])).toEqual(['publication', 'publication-2']);
    expect(publicationIds(['x'.repeat(80)])[0]).toBe('x'.repeat(60));
  });
});

describe('keys', () => {
  it('folds accents, case and punctuation', () => {
    expect(slugify('Bošnjak, M. (2024)')).toBe('bosnjak-m-2024');
    expect(titleKey('Softmax — is NOT enough!')).toBe(titleKey('softmax is not enough'));
    expect(nameKey('Johannes Von Oswald')).toBe(nameKey('Johannes von Oswald'));
    expect(nameKey('Piotr Miloś')).toBe(nameKey('Piotr Miłoś'));
  });
});
