import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import { matchesTopics } from './filter-by-topics';

describe('matchesTopics', () => {
  const publication = buildPublication({ topics: ['Deep Learning', 'Optimization'] });

  it('matches everything when nothing is selected', () => {
    expect(matchesTopics(publication, [], 'any')).toBe(true);
    expect(matchesTopics(publication, [], 'all')).toBe(true);
    expect(matchesTopics(buildPublication({ topics: [] }), [], 'all')).toBe(true);
  });

  it('in "any" mode needs one selected topic', () => {
    expect(matchesTopics(publication, ['Optimization', 'Robotics'], 'any')).toBe(true);
    expect(matchesTopics(publication, ['Robotics'], 'any')).toBe(false);
  });

  it('in "all" mode needs every selected topic', () => {
    expect(matchesTopics(publication, ['Optimization', 'Deep Learning'], 'all')).toBe(true);
    expect(matchesTopics(publication, ['Optimization', 'Robotics'], 'all')).toBe(false);
  });

  it('compares topic names exactly, never as patterns', () => {
    const odd = buildPublication({ topics: ['.*+?()[]{}|\\^$', 'Réseaux 🙂'] });
    expect(matchesTopics(odd, ['.*+?()[]{}|\\^$'], 'any')).toBe(true);
    expect(matchesTopics(odd, ['.*'], 'any')).toBe(false);
    expect(matchesTopics(odd, ['Reseaux 🙂'], 'any')).toBe(false);
  });
});
