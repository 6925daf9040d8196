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
    // Its parts' looks are named once in member-card.css: the page repeats them on every member.
    <article className="member-card">
      {/* The name says who this is; the portrait's description would only repeat it. */}
      <div aria-hidden="true" className="shrink-0">
        <Portrait portrait={portraitForPage(member.portrait, pagePath)} name={member.name} />
      </div>
      <div className="min-w-0">
        <Heading depth={1} className="member-name">
          <a href={memberPageHref(pagePath, member.slug)}>{member.name}</a>
        </Heading>
        {facts.length > 0 && <p className="member-facts">{facts.join(' · ')}</p>}
        <p className="member-count">{directoryText(t).publicationCount(member.publicationCount)}</p>
        {member.topics.length > 0 && (
          <ul aria-label={t.topics.groupLabel} className="member-topics">
            {member.topics.map((topic) => (
              <li key={topic}>{label(topic)}</li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
});
