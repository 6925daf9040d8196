import { Suspense, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { ownerNameKeys } from '../../../data/owner-names';
import type { Profile } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import type { LocationAdapter } from '../../../lib/location';
import { useReportView } from '../../../lib/view-report';
import { useSearchIndex } from '../hooks/use-search-index';
import { ExportMenu } from '../../citations/components/export-menu';
import { useViewState } from '../hooks/use-view-state';
import { derivePublicationView } from '../utils/derive-view';
import { DEFAULT_VIEW_STATE } from '../utils/view-state';
import type { WayOut } from '../utils/way-out';
import { EmptyState } from './empty-state';
import { lazyOptional } from './lazy-optional';
import { PublicationList } from './publication-list';
import { ResultsStatus } from './results-status';
import { SearchBox } from './search-box';
import { PUBLICATIONS_HEADING_ID } from './skip-link';
import { SortSelect } from './sort-select';
import { TopicChips } from './topic-chips';

// Shown only for two or more topics, and a chart that has a place kept for it: on demand, so the
// first view's script stays small (docs/decisions/004).
const MatchModeSwitch = lazyOptional(async () => (await import('./match-mode-switch')).MatchModeSwitch);
const YearChart = lazyOptional(async () => (await import('./year-chart')).YearChart);

/** The on-demand parts, loaded before a prerendered page hydrates (see lazyOptional). */
export function preloadOptionalParts(): Promise<unknown> {
  return Promise.all([MatchModeSwitch.preload(), YearChart.preload()]);
}

/** Publications up to which a keystroke's results are rendered with it (docs/decisions/003). */
const SAME_FRAME_MAX = 5_000;

interface Props {
  profile: Profile;
  location: LocationAdapter;
}

/** Composes the filters and the list; every decision is made by the pure functions in utils/. */
export function PublicationsBrowser({ profile, location }: Props) {
  const t = useMessages();
  const { state, sortNamed, ignoredTopics, update, setOrder, setQuery } = useViewState(
    location,
    profile.topics,
  );
  const searchIndex = useSearchIndex(profile.id, profile.publications);
  // Up to a few thousand publications the list changes in the keystroke's own frame (search and
  // the first screenful of cards take a few ms); beyond, the typed character is painted first and
  // the list catches up a moment later.
  const deferredState = useDeferredValue(state);
  const deferred = profile.publications.length <= SAME_FRAME_MAX ? state : deferredState;
  // Without a query the index changes nothing: the list is not derived again (37 ms at 20,000)
  // when the index becomes ready.
  const index = deferred.query.trim() === '' ? null : searchIndex;
  const view = useMemo(
    () => derivePublicationView(profile.publications, profile.topics, index, deferred, sortNamed, t.lang),
    [profile, index, deferred, sortNamed, t.lang],
  );
  const { items, order } = view;
  const shownPublications = useMemo(() => items.map((item) => item.publication), [items]);
  const ownerNames = useMemo(() => ownerNameKeys(profile), [profile]);
  // An embed's host hears what the list shows (researcher-profile:change).
  useReportView({
    query: view.searching ? deferred.query.trim() : '',
    topics: deferred.topics,
    mode: deferred.mode,
    sort: order,
    shown: items.length,
    total: view.total,
  });

  const searchRef = useRef<HTMLInputElement>(null);
  const filtering = state.query.trim() !== '' || state.topics.length > 0 || state.years !== null;
  const clear = () => {
    update({ ...DEFAULT_VIEW_STATE, sort: state.sort });
    // The button just used disappears with the filters: keep keyboard focus on the page.
    searchRef.current?.focus();
  };
  const toggleTopic = (topic: string) =>
    update({
      topics: state.topics.includes(topic)
        ? state.topics.filter((selected) => selected !== topic)
        : profile.topics.filter((candidate) => candidate === topic || state.topics.includes(candidate)),
    });
  // One function for the whole visit, so the memoised list does not render its 50 cards again on
  // every keystroke (`update` changes with the typed query).
  const latestUpdate = useRef(update);
  useLayoutEffect(() => {
    latestUpdate.current = update;
  });
  const searchAuthor = useCallback((name: string) => latestUpdate.current({ query: name }), []);
  const takeWayOut = (wayOut: WayOut) => {
    if (wayOut.kind === 'match-any') update({ mode: 'any' });
    else if (wayOut.kind === 'remove-topic')
      update({ topics: state.topics.filter((topic) => topic !== wayOut.topic) });
    else if (wayOut.kind === 'drop-topics') update({ topics: [] });
    else if (wayOut.kind === 'drop-years') update({ years: null });
    else update({ query: '' });
    // The button just used disappears with the empty state.
    searchRef.current?.focus();
  };

  return (
    <div className="mt-8 sm:mt-10">
      <TopicChips
        topics={profile.topics}
        unused={view.unusedTopics}
        counts={view.topicCounts}
        selected={state.topics}
        mode={state.mode}
        query={view.searching ? deferred.query.trim() : ''}
        onToggle={toggleTopic}
      />
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-3 empty:hidden">
        {state.topics.length > 1 && (
          <Suspense>
            <MatchModeSwitch mode={state.mode} onChange={(mode) => update({ mode })} />
          </Suspense>
        )}
        {filtering && (
          <button
            type="button"
            onClick={clear}
            className="-ml-2 min-h-9 rounded-md px-2 text-sm font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
          >
            {t.clearFilters}
          </button>
        )}
      </div>

      <section aria-labelledby={PUBLICATIONS_HEADING_ID} className="mt-10">
        <Heading
          depth={1}
          id={PUBLICATIONS_HEADING_ID}
          tabIndex={-1}
          className="scroll-mt-4 text-2xl font-bold tracking-tight"
        >
          {t.publications.heading}
        </Heading>
        <div className="sticky top-0 z-10 -mx-4 mt-3 flex flex-wrap items-center gap-2 bg-white/95 px-4 py-2.5 backdrop-blur sm:-mx-6 sm:gap-4 sm:px-6 dark:bg-slate-950/95">
          <SearchBox
            value={state.query}
            onChange={setQuery}
            inputRef={searchRef}
            indexReady={searchIndex !== null}
          />
          <SortSelect order={order} searching={view.searching} onChange={setOrder} />
          <ExportMenu
            publications={shownPublications}
            profileSlug={profile.id}
            keyScope={profile.publications}
          />
        </div>
        <ResultsStatus
          shown={items.length}
          total={view.total}
          query={view.searching ? deferred.query.trim() : ''}
          topics={deferred.topics}
          mode={deferred.mode}
          ignoredTopics={ignoredTopics}
          years={deferred.years}
        />
        {view.yearCounts.length > 1 && (
          <div className="mt-3 h-25">
            <Suspense>
              <YearChart
                counts={view.yearCounts}
                selected={state.years}
                onSelect={(years) => update({ years })}
              />
            </Suspense>
          </div>
        )}
        <div className="mt-4">
          {items.length === 0 ? (
            <EmptyState onClear={clear} waysOut={view.waysOut} onWayOut={takeWayOut} />
          ) : (
            <PublicationList
              items={items}
              resetKey={JSON.stringify([deferred, order])}
              ownerNames={ownerNames}
              selectedTopics={deferred.topics}
              onAuthor={searchAuthor}
              allPublications={profile.publications}
            />
          )}
        </div>
      </section>
    </div>
  );
}
