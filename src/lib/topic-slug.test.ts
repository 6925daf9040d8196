import { describe, expect, it } from 'vitest';
import { topicSlug } from './topic-slug';

describe('topicSlug', () => {
  it.each([
    ['Deep Learning', 'deep-learning'],
    ['Few-Shot Learning', 'few-shot-learning'],
    ['  Représentation   Learning ', 'representation-learning'],
    ['Graph Neural Networks (GNNs)', 'graph-neural-networks-gnns'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['.*+?()[]{}|\\^$ Regex', 'regex'],
    ['AI 🙂 Safety', 'ai-safety'],
    ['Глубокое обучение', 'глубокое-обучение'],
    ['תורת המשחקים', 'תורת-המשחקים'],
  ])('%j → %j', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it('is empty for names without letters or digits', () => {
    expect(topicSlug('')).toBe('');
    expect(topicSlug('   ')).toBe('');
    expect(topicSlug('🙂🙂')).toBe('');
  });

  it('gives the same slug however the name is accented or cased', () => {
    expect(topicSlug('Réseaux de neurones')).toBe(topicSlug('RESEAUX DE NEURONES'));
  });

  it('copes with a huge name', () => {
    expect(topicSlug('a b '.repeat(50_000))).toBe('a-b-'.repeat(50_000).slice(0, -1));
  });
});
