import { screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import razvanPascanu from '../../data/profiles/razvan-pascanu.json';
import type { Profile, Publication } from '../../src/data/profile-schema';
import { createPublicationSearch } from '../../src/features/publications/search/search-publications';
import type { PublicationSearch } from '../../src/features/publications/search/types';
import { derivePublicationView } from '../../src/features/publications/utils/derive-view';
import {
  DEFAULT_VIEW_STATE,
  type SortOrder,
  type TopicMatchMode,
  type ViewState,
} from '../../src/features/publications/utils/view-state';
import { renderApp } from '../render-app';
import { sampleProfile, TOPICS } from './sample-profile';

/** What a visitor does: the same steps drive the pure view and the page. */
type Step =
  | { kind: 'chip'; topic: string }
  | { kind: 'mode'; mode: TopicMatchMode }
  | { kind: 'sort'; sort: SortOrder }
  | { kind: 'year'; year: number; shift: boolean }
  | { kind: 'search'; text: string }
  | { kind: 'clear' };

/** Words that find much, little or nothing, with typos, accents, case and regex characters. */
const QUERIES = [
  'networks',
  'deep',
  'gradient',
  'saddle',
  'gulcehre',
  'distilation',
  'RESEAUX',
  'neural networks',
  'pascanu',
  'learning 2016',
  '.*',
  '\u202enetworks',
  'gradient\ud83d',
  'zzzz',
  '',
];

function steps(profile: Profile): fc.Arbitrary<Step[]> {
  const years = profile.publications.map((publication) => publication.year);
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...profile.topics).map((topic) => ({ kind: 'chip', topic }) as const),
    },
    fc.constantFrom('any', 'all').map((mode) => ({ kind: 'mode', mode }) as const),
    fc.constantFrom('newest', 'oldest', 'title').map((sort) => ({ kind: 'sort', sort }) as const),
    fc
      .record({ year: fc.integer({ min: Math.min(...years), max: Math.max(...years) }), shift: fc.boolean() })
      .map((choice) => ({ kind: 'year', ...choice }) as const),
    { weight: 2, arbitrary: fc.constantFrom(...QUERIES).map((text) => ({ kind: 'search', text }) as const) },
    fc.constant({ kind: 'clear' } as const),
  );
  return fc.array(step, { minLength: 1, maxLength: 6 });
}

/** The state a step leads to, as the page's controls set it. */
function apply(state: ViewState, step: Step, topics: readonly string[]): ViewState {
  switch (step.kind) {
    case 'chip': {
      const selected = state.topics.includes(step.topic)
        ? state.topics.filter((topic) => topic !== step.topic)
        : [...state.topics, step.topic];
      return { ...state, topics: topics.filter((topic) => selected.includes(topic)) };
    }
    case 'mode':
      return { ...state, mode: step.mode };
    case 'sort':
      return { ...state, sort: step.sort };
    case 'year': {
      const { years } = state;
      if (!step.shift || !years) return { ...state, years: { from: step.year, to: step.year } };
      return {
        ...state,
        years: { from: Math.min(years.from, step.year), to: Math.max(years.to, step.year) },
      };
    }
    case 'search':
      return { ...state, query: step.text };
    case 'clear':
      return { ...DEFAULT_VIEW_STATE, sort: state.sort };
  }
}

type Filters = Pick<ViewState, 'topics' | 'mode' | 'query' | 'years'>;

/** The rules a shown publication obeys, stated once for the pure view and the page. */
function obeying(state: Filters, search: PublicationSearch): (publication: Publication) => boolean {
  const hits = new Set(search.search(state.query).map((hit) => hit.publication));
  const { topics, mode, years } = state;
  return (publication) => {
    const has = (topic: string) => publication.topics.includes(topic);
    return (
      (topics.length === 0 || (mode === 'all' ? topics.every(has) : topics.some(has))) &&
      (!years || (publication.year >= years.from && publication.year <= years.to)) &&
      hits.has(publication)
    );
  };
}

/** Every shown publication obeys the filters, once each; and every one that obeys them is shown. */
function expectObeysFilters(
  shown: readonly Publication[],
  all: readonly Publication[],
  state: Filters,
  search: PublicationSearch,
) {
  const obeys = obeying(state, search);
  expect(shown.filter((publication) => !obeys(publication)).map((publication) => publication.title)).toEqual(
    [],
  );
  expect(new Set(shown).size).toBe(shown.length);
  expect(all.filter(obeys)).toHaveLength(shown.length);
}

function expectOrdered(shown: readonly Publication[], order: string) {
  const years = shown.map((publication) => publication.year);
  for (let index = 1; index < years.length; index++) {
    const [before, after] = [years[index - 1] as number, years[index] as number];
    if (order === 'newest') expect(before).toBeGreaterThanOrEqual(after);
    if (order === 'oldest') expect(before).toBeLessThanOrEqual(after);
  }
}

describe('any sequence of filters, sorts and searches (property)', () => {
  const profiles: [string, Profile][] = [
    ['the sample profile', sampleProfile()],
    ['razvan-pascanu.json', razvanPascanu as Profile],
  ];

  it.each(profiles)(
    'derives from %s a view whose items obey the filters and whose counts tell the truth',
    (_, profile) => {
      const { publications, topics } = profile;
      const search = createPublicationSearch(publications);
      const view = (state: ViewState) =>
        derivePublicationView(publications, topics, search, state, true, 'en');
      fc.assert(
        fc.property(steps(profile), (sequence) => {
          const state = sequence.reduce((current, step) => apply(current, step, topics), DEFAULT_VIEW_STATE);
          const { items, topicCounts, yearCounts } = view(state);
          const shown = items.map((item) => item.publication);
          expectObeysFilters(shown, publications, state, search);
          expectOrdered(shown, state.sort);
          // A chip's count is what selecting it would show (when selecting it narrows or starts the selection).
          if (state.mode === 'all' || state.topics.length === 0)
            for (const topic of topics.filter((candidate) => !state.topics.includes(candidate)))
              expect(view(apply(state, { kind: 'chip', topic }, topics)).items.length, topic).toBe(
                topicCounts.get(topic),
              );
          // A year's bar counts what choosing that year would show.
          for (const { year, count } of yearCounts)
            expect(view({ ...state, years: { from: year, to: year } }).items.length, String(year)).toBe(
              count,
            );
        }),
        { seed: 1121, numRuns: 1_000 },
      );
    },
  );
});

const SAMPLE = sampleProfile();
const sampleSearch = createPublicationSearch(SAMPLE.publications);
const SORT_LABELS: Record<SortOrder, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title A–Z',
};

/** The page with the search index and the year chart loaded, and what it shows, read from its controls. */
async function setup() {
  const view = renderApp({ data: SAMPLE });
  const chart = await screen.findByRole('toolbar', { name: 'Publications per year' }, { timeout: 5_000 });
  const topicGroup = screen.getByRole('group', { name: 'Research topics' });
  const searchbox = screen.getByRole('searchbox', { name: 'Search publications' });
  // Until the index loads the page matches by plain substring; these steps test the loaded page.
  await waitFor(() => expect(searchbox).toHaveAttribute('data-index-ready', 'true'));
  const chip = (topic: string) =>
    within(topicGroup).getByRole('button', { name: new RegExp(`^${topic}\\b`) });
  const bar = (year: number) => within(chart).getByRole('button', { name: new RegExp(`^${year}: `) });
  const sampleYears = SAMPLE.publications.map((publication) => publication.year);
  const allYears = Array.from(
    { length: Math.max(...sampleYears) - Math.min(...sampleYears) + 1 },
    (_, index) => Math.min(...sampleYears) + index,
  );
  const shownState = () => {
    const pressed = allYears.filter((year) => bar(year).getAttribute('aria-pressed') === 'true');
    return {
      query: (searchbox as HTMLInputElement).value,
      topics: TOPICS.filter((topic) => chip(topic).getAttribute('aria-pressed') === 'true'),
      mode: screen.queryByRole('radio', { name: 'All selected topics', checked: true })
        ? ('all' as const)
        : ('any' as const),
      years: pressed.length > 0 ? { from: Math.min(...pressed), to: Math.max(...pressed) } : null,
    };
  };
  const cards = () =>
    within(screen.getByRole('region', { name: 'Publications' }))
      .queryAllByRole('article')
      .map((card) => {
        const title = within(card).getByRole('heading', { level: 3 }).textContent;
        return SAMPLE.publications.find((publication) => publication.title === title) as Publication;
      });
  return { ...view, searchbox, chip, bar, shownState, cards };
}

describe('any sequence of steps on the page (property)', () => {
  it('shows as many cards as the status says, each obeying the filters it shows', async () => {
    // One page for all runs (rendering costs more than the steps): each run starts from Clear filters.
    const { user, searchbox, chip, bar, shownState, cards, unmount } = await setup();
    const sortBy = screen.getByRole('combobox', { name: 'Sort by' });
    try {
      await fc.assert(
        fc.asyncProperty(steps(SAMPLE), async (sequence) => {
          const clear = screen.queryByRole('button', { name: 'Clear filters' });
          if (clear) await user.click(clear);
          await user.selectOptions(sortBy, SORT_LABELS.newest);
          expect(screen.getByRole('status')).toHaveTextContent(/^Showing 10 of 10 publications$/);
          for (const step of sequence) {
            if (step.kind === 'chip') {
              if (chip(step.topic).hasAttribute('disabled')) continue;
              await user.click(chip(step.topic));
            } else if (step.kind === 'mode') {
              const radio = screen.queryByRole('radio', {
                name: step.mode === 'all' ? 'All selected topics' : 'Any selected topic',
              });
              if (radio) await user.click(radio);
            } else if (step.kind === 'sort') {
              await user.selectOptions(sortBy, SORT_LABELS[step.sort]);
            } else if (step.kind === 'year') {
              if (bar(step.year).hasAttribute('disabled')) continue;
              if (step.shift) await user.keyboard('{Shift>}');
              await user.click(bar(step.year));
              if (step.shift) await user.keyboard('{/Shift}');
            } else if (step.kind === 'search') {
              await user.clear(searchbox);
              if (step.text) {
                await user.click(searchbox);
                await user.paste(step.text);
              }
            } else {
              const clear = screen.queryByRole('button', { name: 'Clear filters' });
              if (clear) await user.click(clear);
            }
            await waitFor(() => {
              const status = screen.getByRole('status').textContent ?? '';
              const shown = cards();
              expect(status).toMatch(new RegExp(`^Showing ${shown.length} of 10 publications`));
              const state = { ...DEFAULT_VIEW_STATE, ...shownState() };
              expectObeysFilters(shown, SAMPLE.publications, state, sampleSearch);
              // The page shows what the pure view derives from what its controls show.
              const derived = derivePublicationView(SAMPLE.publications, SAMPLE.topics, sampleSearch, state);
              expect(new Set(shown)).toEqual(new Set(derived.items.map((item) => item.publication)));
            });
          }
        }),
        { seed: 1122, numRuns: 40 },
      );
    } finally {
      unmount();
    }
  }, 60_000);
});
