// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { repairLatexAccents } from '../../scripts/lib/import/repair-latex-accents';
import { findSuspiciousSpellings } from '../../scripts/lib/import/suspicious-spellings';

describe('repairLatexAccents', () => {
  it.each([
    ["Anastasija Ili'c", 'Anastasija Ilić', ["\\'{c}"]],
    ["Lukasz Kuci'nski", 'Lukasz Kuciński', ["\\'{n}"]],
    ["Piotr Milo's", 'Piotr Miloś', ["\\'{s}"]],
    ['Matko Bovsnjak', 'Matko Bošnjak', ['\\v{s}']],
    ['Michal Zajkac', 'Michal Zając', ['\\k{a}']],
    ["Petar Velivckovi 'c", 'Petar Veličković', ["\\'{c}", '\\v{c}']],
    ["'Alvaro Cartea", 'Álvaro Cartea', ["\\'{A}"]],
    ['Jan vSkoda', 'Jan Škoda', ['\\v{S}']],
  ])('repairs %s', (damaged, repaired, restored) => {
    expect(repairLatexAccents(damaged)).toEqual({ name: repaired, restored });
  });

  it.each([
    'Yoshua Bengio',
    'Alexander Petrovsky',
    'Fran Levstik',
    'Dmitry Ovchinnikov',
    'Ana Avsec',
    'Evsey Domar',
    "Conor O'Neil",
    "Dinesh D'Souza",
    'Bajka Zajkowski',
    'Hado van Hasselt',
  ])('leaves %s alone', (name) => {
    expect(repairLatexAccents(name)).toEqual({ name, restored: [] });
  });
});

describe('findSuspiciousSpellings', () => {
  it('suggests the barred l for Polish-looking names, without applying it', () => {
    expect(findSuspiciousSpellings('Maciej Wolczyk')).toEqual([expect.stringContaining('"Wołczyk"')]);
    expect(findSuspiciousSpellings('Piotr Miloś')).toEqual([expect.stringContaining('"Miłoś"')]);
    expect(findSuspiciousSpellings('Michal Bortkiewicz')).toEqual([expect.stringContaining('"Michał"')]);
    expect(findSuspiciousSpellings('Lukasz Kuciński')).toEqual([expect.stringContaining('"Łukasz"')]);
  });

  it('flags other traceless losses: -vić, given names, a stray apostrophe, a capital particle', () => {
    expect(findSuspiciousSpellings('Jovana Mitrovic')).toEqual([expect.stringContaining('"Mitrović"')]);
    expect(findSuspiciousSpellings('Goncalo Mordido')).toEqual([expect.stringContaining('"Gonçalo"')]);
    expect(findSuspiciousSpellings("Jan Nov'x")).toEqual([expect.stringContaining('stray apostrophe')]);
    expect(findSuspiciousSpellings('Johannes Von Oswald')).toEqual([expect.stringContaining('("von")')]);
  });

  it.each([
    'Bartłomiej Cupiał',
    'Petar Veličković',
    'Anastasija Ilić',
    'Caglar Gulcehre',
    'Will Dabney',
    "Conor O'Neil",
    'Soham De',
    'Hado van Hasselt',
  ])('has no doubt about %s', (name) => {
    expect(findSuspiciousSpellings(name)).toEqual([]);
  });
});
