import { describe, expect, test } from 'vitest';
import { keySurname, splitPersonName } from './person-name';

describe('splitPersonName', () => {
  test.each([
    ['Razvan Pascanu', 'Pascanu', 'Razvan'],
    ['Hado van Hasselt', 'van Hasselt', 'Hado'],
    ['Johannes Von Oswald', 'Von Oswald', 'Johannes'],
    ['Johannes von Oswald', 'von Oswald', 'Johannes'],
    ['Maria de la Cruz', 'de la Cruz', 'Maria'],
    ['Laurens van der Maaten', 'van der Maaten', 'Laurens'],
    ['Simon Lacoste-Julien', 'Lacoste-Julien', 'Simon'],
    ['Jean-Baptiste Alayrac', 'Alayrac', 'Jean-Baptiste'],
    ['Samuel L. Smith', 'Smith', 'Samuel L.'],
    ['Jean J.-P. Dupont', 'Dupont', 'Jean J.-P.'],
    ['Łukasz Kuciński', 'Kuciński', 'Łukasz'],
    ['Soham De', 'De', 'Soham'],
    ['  Piotr   Miłoś ', 'Miłoś', 'Piotr'],
  ])('%s: family "%s", given "%s"', (name, family, given) => {
    expect(splitPersonName(name)).toEqual({ family, given });
  });

  test('a particle is never the first or the last word', () => {
    expect(splitPersonName('Van Morrison')).toEqual({ family: 'Morrison', given: 'Van' });
    expect(splitPersonName('Nando de Freitas')).toEqual({ family: 'de Freitas', given: 'Nando' });
  });

  test('a generational suffix is kept apart, with or without a comma', () => {
    const smith = { family: 'Smith', given: 'John', suffix: 'Jr.' };
    expect(splitPersonName('John Smith Jr.')).toEqual(smith);
    expect(splitPersonName('John Smith, Jr.')).toEqual(smith);
    expect(splitPersonName('Henry Ford III')).toEqual({ family: 'Ford', given: 'Henry', suffix: 'III' });
  });

  test('three words without an initial or a particle are not split by guesswork', () => {
    expect(splitPersonName('Reza Babanezhad Harikandeh')).toEqual({
      literal: 'Reza Babanezhad Harikandeh',
      corporate: false,
    });
  });

  test('a single word is a surname', () => {
    expect(splitPersonName('Plato')).toEqual({ family: 'Plato', given: '' });
  });

  test('a name holding "and" is an organisation, kept whole', () => {
    expect(splitPersonName('Research and Development Team')).toEqual({
      literal: 'Research and Development Team',
      corporate: true,
    });
  });

  test('a stray comma makes the split unclear', () => {
    expect(splitPersonName('Smith, John Paul')).toMatchObject({ literal: 'Smith, John Paul' });
  });
});

describe('keySurname', () => {
  test('is the family name, else the last word of a person, else the first word of an organisation', () => {
    expect(keySurname(splitPersonName('Hado van Hasselt'))).toBe('van Hasselt');
    expect(keySurname(splitPersonName('Reza Babanezhad Harikandeh'))).toBe('Harikandeh');
    expect(keySurname(splitPersonName('DeepMind and Friends'))).toBe('DeepMind');
  });
});
