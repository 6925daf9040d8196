import { foldForSearch } from './fold-text';

/**
 * A topic's name as it appears in URLs: "Few-Shot Learning" → "few-shot-learning", accents folded.
 * Letters of any script are kept (the URL encodes them); everything else separates words.
 */
export function topicSlug(name: string): string {
  return foldForSearch(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
