import { memo } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import type { TopicLabel } from '../../../lib/topic-labels';
import { Portrait } from '../../profile/components/portrait';
import { memberPageHref } from '../utils/member-hrefs';
import type { MemberSummary } from '../utils/member-summary';
import { portraitForPage } from '../utils/page-portrait';
import { directoryText } from '../../../i18n/directory';

interface Props {
  member: MemberSummary;
  pagePath: string;
  label: TopicLabel;
}

/** One member: the name links to their profile; the portrait is decoration beside it. */
export const MemberCard = memo(function MemberCard({ member, pagePath, label }: Props) {
  const t = useMessages();
  const facts = [member.position, member.membership].filter((fact): fact is string => fact !== null);
  return (
    <article className="flex h-full gap-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      {/* The name says who this is; the portrait's description would only repeat it. */}
      <div aria-hidden="true" className="shrink-0">
        <Portrait portrait={portraitForPage(member.portrait, pagePath)} name={member.name} />
      </div>
      <div className="min-w-0">
        <Heading depth={1} className="text-lg leading-snug font-semibold">
          <a
            href={memberPageHref(pagePath, member.slug)}
            className="text-indigo-800 underline-offset-4 hover:underline dark:text-indigo-300"
          >
            {member.name}
          </a>
        </Heading>
        {facts.length > 0 && (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{facts.join(' · ')}</p>
        )}
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {directoryText(t).publicationCount(member.publicationCount)}
        </p>
        {member.topics.length > 0 && (
          <ul
            aria-label={t.topics.groupLabel}
            // The items' look is set once on the list: 300 members × 15 topics of repeated classes
            // would double the page's HTML.
            className="mt-2 flex flex-wrap gap-1.5 *:rounded-full *:bg-slate-100 *:px-2 *:py-0.5 *:text-xs *:text-slate-700 *:dark:bg-slate-800 *:dark:text-slate-300"
          >
            {member.topics.map((topic) => (
              <li key={topic}>{label(topic)}</li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
});
