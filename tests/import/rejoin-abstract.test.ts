// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rejoinAbstract } from '../../scripts/lib/import/rejoin-abstract';

describe('rejoinAbstract', () => {
  it('closes the cut inside a word without adding a space', () => {
    expect(rejoinAbstract(['a key carrier o… (see more)f sharp behaviour.']).abstract).toBe(
      'a key carrier of sharp behaviour.',
    );
  });

  it('keeps the spaces the page had around the cut', () => {
    expect(rejoinAbstract(['counts and … (see more)costs.']).abstract).toBe('counts and costs.');
    expect(rejoinAbstract(['representations… (see more) from pairs.']).abstract).toBe(
      'representations from pairs.',
    );
    expect(rejoinAbstract(['three dots... (see more) also work.']).abstract).toBe('three dots also work.');
  });

  it('marks an abstract that ends mid-sentence as truncated', () => {
    expect(rejoinAbstract(['efficient (e.g., 2.6'])).toEqual({
      abstract: 'efficient (e.g., 2.6',
      abstractTruncated: true,
    });
    expect(rejoinAbstract(['cut right at the marker o… (see more)'])).toEqual({
      abstract: 'cut right at the marker o',
      abstractTruncated: true,
    });
  });

  it('accepts the usual sentence endings', () => {
    for (const ending of ['done.', 'done?', 'done!', '(done.)', '"done."', 'main.'])
      expect(rejoinAbstract([`It is ${ending}`]).abstractTruncated).toBe(false);
  });

  it('gives null for no abstract', () => {
    expect(rejoinAbstract([])).toEqual({ abstract: null, abstractTruncated: false });
  });
});
