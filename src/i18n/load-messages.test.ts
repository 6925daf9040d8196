import { describe, expect, it } from 'vitest';
import { languageOf, loadMessages } from './load-messages';

describe('languageOf', () => {
  it('takes the primary subtag of a shipped language, else English', () => {
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf(' FR-ca ')).toBe('fr');
    expect(languageOf('fr_BE')).toBe('fr');
    for (const other of ['de', '', null, undefined, 'français', '__proto__', 'constructor'])
      expect(languageOf(other), String(other)).toBe('en');
  });
});

describe('loadMessages', () => {
  it('loads the dictionary of the language asked for', async () => {
    expect((await loadMessages('fr')).lang).toBe('fr');
    expect((await loadMessages('en')).lang).toBe('en');
  });
});
