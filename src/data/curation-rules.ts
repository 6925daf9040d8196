import { foldForSearch } from '../lib/fold-text';
import type { Profile } from './profile-schema';
import { ownerNameKeys } from './owner-names';
import type { RuleIssue } from './profile-rules';

/**
 * Rules that keep a curated profile honest but that the page can render without: validate-data
 * and the importer check them, the page never imports this file (it stays out of the bundle).
 */
export function curationRuleIssues(profile: Profile): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const owner = ownerNameKeys(profile);
  for (const [language, labels] of Object.entries(profile.topicLabels ?? {}))
    for (const topic of Object.keys(labels ?? {}))
      if (!profile.topics.includes(topic))
        issues.push({
          path: ['topicLabels', language, topic],
          message: `labels "${topic}", which is not one of the profile's topics`,
        });
  const titles = new Map<string, number>();
  profile.publications.forEach((publication, index) => {
    const key = titleKey(publication.title);
    const twin = titles.get(key);
    if (twin !== undefined)
      issues.push({
        path: ['publications', index, 'title'],
        message: `duplicate title (also publications[${twin}])`,
      });
    else titles.set(key, index);

    if (!publication.authors.some((author) => owner.has(foldForSearch(author))))
      issues.push({
        path: ['publications', index, 'authors'],
        message: `does not include the profile owner "${profile.name}"`,
      });

    if (publication.abstract === null && publication.abstractTruncated)
      issues.push({
        path: ['publications', index, 'abstractTruncated'],
        message: 'is true but there is no abstract',
      });
  });
  return issues;
}

/** Titles that differ only in case, accents or punctuation are the same work. */
export function titleKey(title: string): string {
  return foldForSearch(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
