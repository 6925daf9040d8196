import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/lib/fold-text';
import { topicSlug } from '../../src/lib/topic-slug';
import {
  deriveMembersView,
  directoryTopicLabel,
  directoryTopics,
  indexMembers,
  type MembersState,
} from '../../src/features/directory/utils/members-view';
import { readMembersState, writeMembersState } from '../../src/features/directory/utils/members-url-state';
import type { MemberSummary } from '../../src/features/directory/utils/member-summary';
import fc from 'fast-check';
import { hostileString } from '../hostile-text';
import { buildMember } from './build-member';

const MEMBERS = [
  buildMember({ name: 'Răzvan Pașcanu', topics: ['Deep Learning', 'Optimization'] }),
  buildMember({ name: 'Yoshua Bengio', topics: ['deep learning', 'Causality'] }),
  buildMember({ name: 'Ólafur Þórsson', topics: ['Optimization'] }),
  buildMember({ name: 'Doina Precup', topics: ['Reinforcement Learning', 'Deep Learning'] }),
];

function view(state: Partial<MembersState>, members: MemberSummary[] = MEMBERS) {
  const indexed = indexMembers(members, 'en');
  const topics = directoryTopics(indexed);
  return { topics, ...deriveMembersView(indexed, topics, { query: '', topics: [], ...state }) };
}
const names = (members: MemberSummary[]) => members.map((member) => member.name);

describe('deriveMembersView', () => {
  it('shows everyone by name when nothing is chosen', () => {
    const { shown, total } = view({});
    expect(total).toBe(4);
    expect(names(shown)).toEqual(['Doina Precup', 'Ólafur Þórsson', 'Răzvan Pașcanu', 'Yoshua Bengio']);
  });

  it('finds names and topics whatever the case and accents', () => {
    expect(names(view({ query: 'razvan PASCANU' }).shown)).toEqual(['Răzvan Pașcanu']);
    expect(names(view({ query: 'thorsson' }).shown)).toEqual(['Ólafur Þórsson']);
    expect(names(view({ query: 'causal' }).shown)).toEqual(['Yoshua Bengio']);
    // Every word must match somewhere: a name and a topic together narrow.
    expect(names(view({ query: 'precup deep' }).shown)).toEqual(['Doina Precup']);
    expect(view({ query: 'precup causality' }).shown).toEqual([]);
  });

  it('treats any query as text: whoever is shown has each of its words in their name or topics', () => {
    fc.assert(
      fc.property(hostileString, (query) => {
        const words = foldForSearch(query).split(/\s+/).filter(Boolean);
        for (const member of view({ query }).shown) {
          const text = foldForSearch([member.name, ...member.topics].join('\n'));
          for (const word of words) expect(text).toContain(word);
        }
      }),
    );
    expect(view({ query: '.*' }).shown).toEqual([]);
  });

  it('merges topic spellings that share a URL slug, most shared first', () => {
    const { topics } = view({});
    expect(topics[0]).toBe('Deep Learning');
    expect(topics.filter((topic) => topicSlug(topic) === 'deep-learning')).toHaveLength(1);
  });

  it('keeps members who have every selected topic, and counts what each chip would show', () => {
    const { shown, counts } = view({ topics: ['Deep Learning'] });
    expect(names(shown)).toEqual(['Doina Precup', 'Răzvan Pașcanu', 'Yoshua Bengio']);
    for (const member of shown) expect(member.topics.map(topicSlug)).toContain('deep-learning');
    expect(counts.get('Deep Learning')).toBe(3);
    expect(counts.get('Optimization')).toBe(1);
    expect(counts.get('Causality')).toBe(1);
    const narrowed = view({ topics: ['Deep Learning', 'Optimization'] });
    expect(names(narrowed.shown)).toEqual(['Răzvan Pașcanu']);
    expect(narrowed.shown).toHaveLength(counts.get('Optimization')!);
  });

  it('counts with the search in effect', () => {
    const { counts } = view({ query: 'bengio' });
    expect(counts.get('Deep Learning')).toBe(1);
    expect(counts.get('Optimization')).toBe(0);
  });
});

describe('topic labels', () => {
  const members = [
    buildMember({
      name: 'Ada',
      topics: ['Deep Learning'],
      topicLabels: { fr: { 'Deep Learning': 'Apprentissage profond' } },
    }),
    buildMember({ name: 'Bob', topics: ['deep learning', 'Games'] }),
  ];

  it('labels every spelling of a topic as a member labels it, and leaves unlabelled topics as named', () => {
    const label = directoryTopicLabel(indexMembers(members, 'fr'), 'fr');
    expect(label('Deep Learning')).toBe('Apprentissage profond');
    expect(label('deep learning')).toBe('Apprentissage profond');
    expect(label('Games')).toBe('Games');
    expect(directoryTopicLabel(indexMembers(members, 'en'), 'en')('Deep Learning')).toBe('Deep Learning');
  });

  it('finds members by the labels of the page language', () => {
    const inFrench = indexMembers(members, 'fr');
    const found = deriveMembersView(inFrench, directoryTopics(inFrench), {
      query: 'apprentissage',
      topics: [],
    });
    expect(names(found.shown)).toEqual(['Ada']);
    const inEnglish = indexMembers(members, 'en');
    expect(
      deriveMembersView(inEnglish, directoryTopics(inEnglish), { query: 'apprentissage', topics: [] }).shown,
    ).toEqual([]);
  });
});

describe('members URL state', () => {
  const topics = ['Deep Learning', 'Optimization'];

  it('reads the query and known topic slugs, and writes them back', () => {
    const state = readMembersState(
      new URLSearchParams('q=bengio&topics=optimization,nope,deep-learning'),
      topics,
    );
    expect(state).toEqual({ query: 'bengio', topics: ['Deep Learning', 'Optimization'] });
    const written = writeMembersState(new URLSearchParams('lang=fr'), state);
    expect(written.get('lang')).toBe('fr');
    expect(written.get('q')).toBe('bengio');
    expect(written.get('topics')).toBe('deep-learning,optimization');
    expect(readMembersState(written, topics)).toEqual(state);
  });

  it('leaves empty values out of the URL', () => {
    const written = writeMembersState(new URLSearchParams('q=x&topics=optimization'), {
      query: '  ',
      topics: [],
    });
    expect(written.toString()).toBe('');
  });

  it('caps a huge query without splitting an emoji', () => {
    const state = readMembersState(new URLSearchParams({ q: 'a' + '🙂'.repeat(500) }), topics);
    expect(state.query.length).toBeLessThanOrEqual(200);
    expect(state.query).not.toMatch(/[\ud800-\udbff]$/);
  });
});
