import { foldForSearch } from '../../../lib/fold-text';
import type { TopicLabel } from '../../../lib/topic-labels';
import { topicSlug } from '../../../lib/topic-slug';
import type { MemberSummary } from './member-summary';

/** What a visitor chose on the members page (the URL's `q` and `topics`). */
export interface MembersState {
  query: string;
  /** Selected topics as the directory spells them (see `directoryTopics`), in its order. */
  topics: string[];
}

/** A member with what search and filters compare, folded once. */
export interface IndexedMember {
  member: MemberSummary;
  /** Name, other spellings, topics and their labels in the page's language, folded (case and accents ignored). */
  text: string;
  topicSlugs: Set<string>;
}

const labelsIn = (member: MemberSummary, language: string) => {
  const labels = member.topicLabels?.[language as keyof NonNullable<MemberSummary['topicLabels']>];
  return labels
    ? member.topics.flatMap((topic) => (Object.hasOwn(labels, topic) ? [labels[topic]!] : []))
    : [];
};

export function indexMembers(members: readonly MemberSummary[], language: string): IndexedMember[] {
  const collator = new Intl.Collator(language);
  return [...members]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((member) => ({
      member,
      text: foldForSearch(
        [member.name, ...member.nameVariants, ...member.topics, ...labelsIn(member, language)].join('\n'),
      ),
      topicSlugs: new Set(member.topics.map(topicSlug).filter((slug) => slug !== '')),
    }));
}

/**
 * Every member's topics once (spellings with one URL slug are one, written as first met), the
 * topics most members share first.
 */
export function directoryTopics(members: readonly IndexedMember[]): string[] {
  const bySlug = new Map<string, { topic: string; members: number }>();
  for (const { member } of members)
    for (const topic of member.topics) {
      const slug = topicSlug(topic);
      if (slug === '') continue;
      const entry = bySlug.get(slug);
      if (entry) entry.members += 1;
      else bySlug.set(slug, { topic, members: 1 });
    }
  return [...bySlug.values()].sort((a, b) => b.members - a.members).map((entry) => entry.topic);
}

/**
 * Topics' labels in `language`, as the members give them: any spelling of a topic (one URL slug)
 * takes the first label a member gives it; a topic without one keeps its name.
 */
export function directoryTopicLabel(members: readonly IndexedMember[], language: string): TopicLabel {
  const bySlug = new Map<string, string>();
  for (const { member } of members) {
    const labels = member.topicLabels?.[language as keyof NonNullable<MemberSummary['topicLabels']>];
    if (!labels) continue;
    for (const topic of member.topics) {
      const slug = topicSlug(topic);
      if (Object.hasOwn(labels, topic) && !bySlug.has(slug)) bySlug.set(slug, labels[topic]!);
    }
  }
  return (topic) => bySlug.get(topicSlug(topic)) ?? topic;
}

/** The query's words, folded: a member matches when each is part of their name or a topic. */
function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

const hasAll = (member: IndexedMember, slugs: readonly string[]) =>
  slugs.every((slug) => member.topicSlugs.has(slug));

export interface MembersView {
  shown: MemberSummary[];
  total: number;
  /** For each topic, how many members selecting it (with the search and the topics selected) shows. */
  counts: Map<string, number>;
}

/**
 * The members a state shows: every word of the query in the member's name or topics, and every
 * selected topic among theirs. Names order the list.
 */
export function deriveMembersView(
  members: readonly IndexedMember[],
  topics: readonly string[],
  state: MembersState,
): MembersView {
  const words = queryWords(state.query);
  const matching = members.filter((entry) => words.every((word) => entry.text.includes(word)));
  const selected = state.topics.map(topicSlug);
  const shown = matching.filter((entry) => hasAll(entry, selected));
  const counts = new Map<string, number>();
  for (const topic of topics) {
    const slug = topicSlug(topic);
    counts.set(
      topic,
      selected.includes(slug) ? shown.length : shown.filter((entry) => entry.topicSlugs.has(slug)).length,
    );
  }
  return { shown: shown.map((entry) => entry.member), total: members.length, counts };
}
