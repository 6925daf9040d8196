import type { Publication } from '../../../data/profile-schema';
import type { TopicMatchMode } from './view-state';

/** Whether a publication has any (or all) of the selected topics; no selection matches all. */
export function matchesTopics(
  publication: Publication,
  selected: readonly string[],
  mode: TopicMatchMode,
): boolean {
  if (selected.length === 0) return true;
  const has = (topic: string) => publication.topics.includes(topic);
  return mode === 'all' ? selected.every(has) : selected.some(has);
}
