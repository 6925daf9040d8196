import { topicSlug } from '../lib/topic-slug';
import type { Profile } from './profile-schema';

/** A rule's finding: the JSON path of the offending value (from the profile's root) and why. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-field rules the page needs as much as the validator: without them a chip, a card's key
 * or a shared URL would be ambiguous. The page drops what they name; validate-data rejects it.
 * Rules that only keep the curation honest live in curation-rules.ts, off the page.
 */
export function renderRuleIssues(profile: Pick<Profile, 'topics' | 'publications'>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const topics = new Set<string>();
  const topicBySlug = new Map<string, string>();
  profile.topics.forEach((topic, index) => {
    // Topics appear in shareable URLs by slug (`?topics=deep-learning`): two topics with one slug,
    // or a topic with none, could not be told apart there.
    const slug = topicSlug(topic);
    const twin = topicBySlug.get(slug);
    const problem = topics.has(topic)
      ? `duplicate topic "${topic}"`
      : !slug
        ? `"${topic}" needs a letter or digit to appear in URLs`
        : twin !== undefined
          ? `"${topic}" and "${twin}" would share the URL slug "${slug}"`
          : undefined;
    if (problem) issues.push({ path: ['topics', index], message: problem });
    else {
      topics.add(topic);
      topicBySlug.set(slug, topic);
    }
  });

  const ids = new Map<string, number>();
  profile.publications.forEach((publication, index) => {
    const twin = ids.get(publication.id);
    if (twin !== undefined)
      issues.push({
        path: ['publications', index, 'id'],
        message: `duplicate id "${publication.id}" (also publications[${twin}])`,
      });
    else ids.set(publication.id, index);

    const seen = new Set<string>();
    publication.topics.forEach((topic, topicIndex) => {
      const path = ['publications', index, 'topics', topicIndex];
      if (!topics.has(topic)) issues.push({ path, message: `"${topic}" is not one of the profile's topics` });
      else if (seen.has(topic)) issues.push({ path, message: `lists "${topic}" twice` });
      seen.add(topic);
    });
  });
  return issues;
}
