import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initialsOf', () => {
  it.each([
    ['Razvan Pascanu', 'RP'],
    ['Ada', 'A'],
    ['  Jean-Luc  de la Tour ', 'JT'],
    ['łukasz kaiser', 'ŁK'],
    ['𝒜da Lovelace', '𝒜L'],
    ['', '?'],
  ])('%j → %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
