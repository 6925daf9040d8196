import { describe, expect, it } from 'vitest';
import type { Profile, Publication } from '../../src/data/profile-schema';
import { renderRuleIssues } from '../../src/data/profile-rules';
import { quickCheckProfile } from '../../src/data/quick-check';
import { buildDirectory } from '../../scripts/lib/directory/build-directory';
import { mergeInstitutePublications } from '../../scripts/lib/directory/institute-publications';
import { buildProfile, buildPublication } from '../builders';

const SITE = { institute: { name: 'Institut Exemple', url: 'https://institute.example/' } };

function member(slug: string, publications: Publication[], topics?: string[]): Profile {
  return buildProfile({
    id: slug,
    name: slug,
    publications: publications.map((publication) => ({
      ...publication,
      authors: [...publication.authors, slug],
    })),
    ...(topics && { topics }),
  });
}

const membersOf = (merged: ReturnType<typeof mergeInstitutePublications>, title: string) =>
  merged.find((entry) => entry.publication.title === title)?.members;

describe('mergeInstitutePublications', () => {
  it('lists a paper three members share once, with all three', () => {
    const paper = { title: 'Shared work', identifiers: { doi: '10.1000/shared' } };
    const merged = mergeInstitutePublications([
      member('ada', [buildPublication(paper), buildPublication({ title: 'Only Ada' })]),
      member('bob', [buildPublication(paper)]),
      member('cy', [buildPublication(paper)]),
    ]);
    expect(merged.filter((entry) => entry.publication.title === 'Shared work')).toHaveLength(1);
    expect(membersOf(merged, 'Shared work')).toEqual(['ada', 'bob', 'cy']);
    expect(membersOf(merged, 'Only Ada')).toEqual(['ada']);
    expect(merged).toHaveLength(2);
  });

  it('matches a DOI whatever its case, even when the titles differ', () => {
    const merged = mergeInstitutePublications([
      member('ada', [buildPublication({ title: 'Title one', identifiers: { doi: '10.1000/ABC.Def' } })]),
      member('bob', [buildPublication({ title: 'Title two', identifiers: { doi: '10.1000/abc.def' } })]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.members).toEqual(['ada', 'bob']);
    expect(merged[0]!.publication.alternateTitles).toEqual(['Title two']);
  });

  it('reads an arXiv preprint and its proceedings version as one work, led by the published one', () => {
    const preprint = buildPublication({
      title: 'An early title',
      kind: 'preprint',
      venue: null,
      year: 2021,
      identifiers: { arxiv: '2101.00001' },
    });
    const proceedings = buildPublication({
      title: 'The final title',
      kind: 'conference',
      venue: 'ICML 2022',
      year: 2022,
      identifiers: { arxiv: '2101.00001', doi: '10.1000/final' },
    });
    const merged = mergeInstitutePublications([member('ada', [preprint]), member('bob', [proceedings])]);
    expect(merged).toHaveLength(1);
    const [{ publication, members }] = merged as [(typeof merged)[number]];
    expect(members).toEqual(['ada', 'bob']);
    expect(publication).toMatchObject({
      title: 'The final title',
      kind: 'conference',
      venue: 'ICML 2022',
      year: 2022,
    });
    expect(publication.alternateTitles).toEqual(['An early title']);
    expect(publication.identifiers).toEqual({ arxiv: '2101.00001', doi: '10.1000/final' });
  });

  it('without identifiers, matches titles that differ only in case, accents and punctuation, and nothing else', () => {
    const merged = mergeInstitutePublications([
      member('ada', [buildPublication({ title: 'Réseaux de neurones: une étude' })]),
      member('bob', [buildPublication({ title: 'reseaux de NEURONES — une etude' })]),
      member('cy', [buildPublication({ title: 'Réseaux de neurones, une autre étude' })]),
    ]);
    expect(merged).toHaveLength(2);
    expect(membersOf(merged, 'Réseaux de neurones: une étude')).toEqual(['ada', 'bob']);
    expect(membersOf(merged, 'Réseaux de neurones, une autre étude')).toEqual(['cy']);
  });

  it('does not merge different works that share an id, and gives each its own', () => {
    const merged = mergeInstitutePublications([
      member('ada', [buildPublication({ id: 'survey', title: 'A survey of graphs' })]),
      member('bob', [buildPublication({ id: 'survey', title: 'A survey of games' })]),
      member('cy', [buildPublication({ id: 'survey-2', title: 'A survey of words' })]),
    ]);
    const ids = merged.map((entry) => entry.publication.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  it('lists the newest first', () => {
    const merged = mergeInstitutePublications([
      member('ada', [buildPublication({ year: 2001 }), buildPublication({ year: 2024 })]),
      member('bob', [buildPublication({ year: 2010 })]),
    ]);
    const years = merged.map((entry) => entry.publication.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('buildDirectory', () => {
  it('gives the institute list as a profile the page reads as it is, topics merged by their URL slug', () => {
    const paper = { title: 'Shared work', identifiers: { doi: '10.1000/shared' } };
    const profiles = [
      {
        ...member(
          'bob',
          [buildPublication({ ...paper, topics: ['deep learning'] })],
          ['deep learning', 'Games'],
        ),
        topicLabels: { fr: { 'deep learning': 'Apprentissage profond', Games: 'Jeux' } },
      },
      member(
        'ada',
        [buildPublication({ ...paper, topics: ['Deep Learning', 'Vision'] })],
        ['Deep Learning', 'Vision'],
      ),
    ];
    const { institute, members } = buildDirectory(profiles, SITE);
    const profile = institute.profile;
    expect(profile.name).toBe('Institut Exemple');
    expect(quickCheckProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
    expect(renderRuleIssues(profile)).toEqual([]);
    expect(profile.topics).toEqual(['Deep Learning', 'Vision', 'Games']);
    // A label any member gives a spelling of the topic, keyed by the institute's spelling.
    expect(profile.topicLabels).toEqual({ fr: { 'Deep Learning': 'Apprentissage profond', Games: 'Jeux' } });
    expect(profile.publications).toHaveLength(1);
    expect(profile.publications[0]!.topics).toEqual(['Deep Learning', 'Vision']);
    expect(institute.publicationMembers).toEqual({ [profile.publications[0]!.id]: ['ada', 'bob'] });
    expect(members.members.map((summary) => [summary.slug, summary.publicationCount])).toEqual([
      ['ada', 1],
      ['bob', 1],
    ]);
  });
});
