import type { Profile, Publication } from '../../../src/data/profile-schema';
import { topicSlug } from '../../../src/lib/topic-slug';
import { combineVersions } from '../import/formats/combine-versions';
import type { ImportedWork } from '../import/formats/imported-work';
import { PublicationIndex } from '../import/formats/publication-index';

/** A publication of the institute's list and the members (profile slugs) whose lists have it. */
export interface InstitutePublication {
  publication: Publication;
  members: string[];
}

interface Group {
  /** The versions seen so far, combined as the importer combines them. */
  work: ImportedWork;
  copies: Publication[];
  members: string[];
}

/**
 * Every member's publications as one list, each work once: a copy matches an earlier one by DOI
 * (any case), then arXiv id, then title or alternate title (`titleKey`), the importer's rules
 * (PublicationIndex). Matched copies combine as the importer combines an arXiv preprint and its
 * proceedings version (combineVersions): the published version leads, the other lends its title
 * as an alternate title and fills its gaps. Topics are the union of the copies', spelled as the
 * institute's topic list spells them (`canonicalTopic`). Ids stay the first copy's, with "-2",
 * "-3"… when two different works share one. Newest first; members in the order of `profiles`.
 */
export function mergeInstitutePublications(
  profiles: readonly Profile[],
  canonicalTopic: (topic: string) => string | undefined = (topic) => topic,
): InstitutePublication[] {
  const groups: Group[] = [];
  const index = new PublicationIndex([]);
  for (const profile of profiles)
    for (const publication of profile.publications) {
      const work = toWork(publication, profile.id);
      const at = index.find(work);
      const group = at === undefined ? undefined : groups[at];
      if (at === undefined || group === undefined) {
        groups.push({ work, copies: [publication], members: [profile.id] });
        index.add(toPublication(groups.at(-1)!, publication.id, canonicalTopic), groups.length - 1);
        continue;
      }
      // The index found a key the two share, so combineVersions reads them as one work.
      group.work = combineVersions([group.work, work]).works[0] ?? group.work;
      group.copies.push(publication);
      if (!group.members.includes(profile.id)) group.members.push(profile.id);
      index.add(toPublication(group, group.copies[0]!.id, canonicalTopic), at);
    }

  const taken = new Set<string>();
  return groups
    .map((group) => ({
      publication: toPublication(group, uniqueId(group.copies[0]!.id, taken), canonicalTopic),
      members: group.members,
    }))
    .sort((a, b) => b.publication.year - a.publication.year);
}

function toWork(publication: Publication, slug: string): ImportedWork {
  return {
    at: { path: `${slug}: ${publication.id}` },
    title: publication.title,
    alternateTitles: publication.alternateTitles,
    authors: publication.authors,
    authorsComplete: true,
    year: publication.year,
    venue: publication.venue,
    kind: publication.kind,
    abstract: publication.abstract,
    identifiers: publication.identifiers,
    links: publication.links,
  };
}

function toPublication(
  { work, copies }: Group,
  id: string,
  canonicalTopic: (topic: string) => string | undefined,
): Publication {
  const topics = new Set<string>();
  for (const copy of copies)
    for (const topic of copy.topics) {
      const canonical = canonicalTopic(topic);
      if (canonical !== undefined) topics.add(canonical);
    }
  const { arxiv, doi } = work.identifiers;
  return {
    id,
    title: work.title,
    alternateTitles: work.alternateTitles,
    authors: work.authors,
    year: work.year ?? copies[0]!.year,
    venue: work.venue,
    kind: work.kind,
    topics: [...topics],
    abstract: work.abstract,
    // Whether the abstract kept is cut short is known by the copy it came from.
    abstractTruncated:
      work.abstract !== null &&
      copies.some((copy) => copy.abstract === work.abstract && copy.abstractTruncated),
    identifiers: { ...(arxiv && { arxiv }), ...(doi && { doi }) },
    links: work.links,
  };
}

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let suffix = 2; taken.has(unique); suffix += 1) unique = `${id}-${suffix}`;
  taken.add(unique);
  return unique;
}

/**
 * The topics of all `profiles` as one list, in order of first appearance; topics that differ only
 * in case, accents or punctuation (one URL slug) are one, spelled as first met. `canonical` maps
 * any member's spelling to it (undefined for a topic with no slug, which no page can select);
 * `labels` gives each the first label a member gives any of its spellings, per language.
 */
export function instituteTopics(profiles: readonly Profile[]): {
  topics: string[];
  canonical: (topic: string) => string | undefined;
  labels: Profile['topicLabels'];
} {
  const bySlug = new Map<string, string>();
  const labels: NonNullable<Profile['topicLabels']> = {};
  for (const profile of profiles)
    for (const topic of profile.topics) {
      const slug = topicSlug(topic);
      if (slug === '') continue;
      if (!bySlug.has(slug)) bySlug.set(slug, topic);
      const canonical = bySlug.get(slug)!;
      for (const [language, own] of Object.entries(profile.topicLabels ?? {}) as [
        keyof typeof labels,
        Record<string, string>,
      ][]) {
        if (!Object.hasOwn(own, topic)) continue;
        const inLanguage = (labels[language] ??= {});
        if (!Object.hasOwn(inLanguage, canonical)) inLanguage[canonical] = own[topic]!;
      }
    }
  return {
    topics: [...bySlug.values()],
    canonical: (topic) => bySlug.get(topicSlug(topic)),
    labels: Object.keys(labels).length > 0 ? labels : undefined,
  };
}
