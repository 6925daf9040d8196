import { useEffect, useId, useMemo, useRef } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import type { LocationAdapter } from '../../../lib/location';
import { MAX_QUERY_LENGTH } from '../../publications/utils/url-state';
import { useMembersState } from '../hooks/use-members-state';
import type { MemberSummary } from '../utils/member-summary';
import { deriveMembersView, directoryTopicLabel, directoryTopics, indexMembers } from '../utils/members-view';
import { MemberCard } from './member-card';
import { MemberTopicChips } from './member-topic-chips';
import { directoryText } from '../../../i18n/directory';

interface Props {
  members: readonly MemberSummary[];
  location: LocationAdapter;
  pagePath: string;
}

/** Search, topic chips and the cards; every decision is made by utils/members-view.ts. */
export function MembersDirectory({ members, location, pagePath }: Props) {
  const t = useMessages();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const indexed = useMemo(() => indexMembers(members, t.lang), [members, t.lang]);
  const topics = useMemo(() => directoryTopics(indexed), [indexed]);
  const label = useMemo(() => directoryTopicLabel(indexed, t.lang), [indexed, t.lang]);
  const { state, setQuery, update } = useMembersState(location, topics);
  // The prerendered page's box is there before the app: what was typed into it meanwhile counts.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (typed !== state.query) setQuery(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the app takes over
  }, []);
  const view = useMemo(() => deriveMembersView(indexed, topics, state), [indexed, topics, state]);
  const filtering = state.query.trim() !== '' || state.topics.length > 0;
  const toggleTopic = (topic: string) =>
    update({
      topics: state.topics.includes(topic)
        ? state.topics.filter((selected) => selected !== topic)
        : topics.filter((candidate) => candidate === topic || state.topics.includes(candidate)),
    });
  const clear = () => {
    update({ query: '', topics: [] });
    // The button just used disappears with the filters: keep keyboard focus on the page.
    inputRef.current?.focus();
  };

  return (
    <>
      <div className="mt-6 max-w-xl">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          {directoryText(t).searchLabel}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          value={state.query}
          placeholder={directoryText(t).searchPlaceholder}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => setQuery(event.target.value)}
          className="mt-1 h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
      </div>
      <MemberTopicChips
        topics={topics}
        label={label}
        counts={view.counts}
        selected={state.topics}
        onToggle={toggleTopic}
      />
      {filtering && (
        <button
          type="button"
          onClick={clear}
          className="mt-3 -ml-2 min-h-9 rounded-md px-2 text-sm font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {t.clearFilters}
        </button>
      )}
      <p role="status" className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        {directoryText(t).status(view.shown.length, view.total, state.query.trim(), state.topics.map(label))}
      </p>
      {view.shown.length === 0 ? (
        <p className="mt-4">{directoryText(t).noMatch}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {view.shown.map((member) => (
            <li key={member.slug}>
              <MemberCard member={member} pagePath={pagePath} label={label} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
