import { describe, expect, test } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import { baseCitationKey, citationKeys, scopedCitationKeys } from './citation-key';

const paper = (first: string, year: number, title: string) =>
  buildPublication({ authors: [first, 'Razvan Pascanu'], year, title });

describe('baseCitationKey', () => {
  test('is the first author’s surname, the year and the first significant title word', () => {
    expect(baseCitationKey(paper('Razvan Pascanu', 2024, 'Normalization and effective learning rates'))).toBe(
      'pascanu2024normalization',
    );
    expect(baseCitationKey(paper('Clare Lyle', 2024, 'On the Role of Plasticity'))).toBe('lyle2024role');
    expect(baseCitationKey(paper('Seijin Kobayashi', 2024, 'When can transformers generalize?'))).toBe(
      'kobayashi2024transformers',
    );
  });

  test('folds the surname to ASCII letters, particles and hyphenated parts included', () => {
    expect(baseCitationKey(paper('Maciej Wołczyk', 2024, 'Fine-tuning'))).toBe('wolczyk2024fine');
    expect(baseCitationKey(paper('Petar Veličković', 2025, 'Softmax'))).toBe('velickovic2025softmax');
    expect(baseCitationKey(paper('Hado van Hasselt', 2016, 'Deep RL'))).toBe('vanhasselt2016deep');
    expect(baseCitationKey(paper('Simon Lacoste-Julien', 2023, 'Adam'))).toBe('lacostejulien2023adam');
  });

  test('stays a plain ASCII key for any title or name', () => {
    expect(baseCitationKey(paper('王小明', 2020, '深度学习'))).toBe('anon2020');
    expect(baseCitationKey(paper('Ada Lovelace', 2020, '?!'))).toBe('lovelace2020');
    expect(baseCitationKey(paper('Ada Lovelace', 2020, 'The Of And'))).toBe('lovelace2020the');
    expect(baseCitationKey(paper('Ada Lovelace', 2020, 'Ωmega {%} & 100% Élan'))).toMatch(/^[a-z0-9]+$/);
  });
});

describe('citationKeys', () => {
  test('gives colliding keys a, b, c in list order and leaves the others alone', () => {
    const list = [
      paper('Clare Lyle', 2024, 'Normalization A'),
      paper('Clare Lyle', 2024, 'Plasticity'),
      paper('Clare Lyle', 2024, 'Normalization B'),
      paper('Clare Lyle', 2024, 'Normalization C'),
    ];
    expect([...citationKeys(list).values()]).toEqual([
      'lyle2024normalizationa',
      'lyle2024plasticity',
      'lyle2024normalizationb',
      'lyle2024normalizationc',
    ]);
  });

  test('every key of a long list of collisions is distinct', () => {
    const list = Array.from({ length: 60 }, () => paper('Clare Lyle', 2024, 'Same title'));
    expect(new Set(citationKeys(list).values()).size).toBe(60);
  });

  test('keys made among the whole profile stay the same when the list is filtered', () => {
    const first = paper('Clare Lyle', 2024, 'Normalization A');
    const second = paper('Clare Lyle', 2024, 'Normalization B');
    expect(scopedCitationKeys([second], [first, second]).get(second.id)).toBe('lyle2024normalizationb');
    expect(scopedCitationKeys([second], [second]).get(second.id)).toBe('lyle2024normalization');
  });
});
