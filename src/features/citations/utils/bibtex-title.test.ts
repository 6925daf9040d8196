import { describe, expect, test } from 'vitest';
import { bibtexTitle } from './bibtex-title';

describe('bibtexTitle', () => {
  test('braces acronyms and words with inner capitals, not capitalised ordinary words', () => {
    expect(bibtexTitle('Effective Training of LLMs at ICML and NeurIPS on an iPhone', 'utf8')).toBe(
      'Effective Training of {LLMs} at {ICML} and {NeurIPS} on an {iPhone}',
    );
  });

  test('braces capitals with digits and lone capitals after the first word', () => {
    expect(bibtexTitle('Scaling T5 with Q-learning and Plan B', 'utf8')).toBe(
      'Scaling {T5} with {Q}-learning and Plan {B}',
    );
    expect(bibtexTitle('Q-learning Is A Classic', 'utf8')).toBe('Q-learning Is A Classic');
  });

  test('leaves hyphenated words and a sentence-cased title alone', () => {
    const title = 'Fine-tuning reinforcement learning models is secretly a forgetting mitigation problem';
    expect(bibtexTitle(title, 'utf8')).toBe(title);
  });

  test('escapes special characters around and inside protected words', () => {
    expect(bibtexTitle('{Braces} & 100% of LLM_s', 'utf8')).toBe('\\{Braces\\} \\& 100\\% of {LLM}\\_s');
  });

  test('protects accented acronyms in ASCII mode without breaking the escape', () => {
    expect(bibtexTitle('The ŠKODA Model', 'ascii')).toBe('The {{\\v{S}}KODA} Model');
  });
});
