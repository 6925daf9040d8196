import { useMemo } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import { MemberLinksProvider } from '../../../lib/member-links';
import { TopicLabelsProvider, topicLabelsIn } from '../../../lib/topic-labels';
import { PublicationsBrowser } from '../../publications/components/publications-browser';
import { useInstitute } from '../api/institute-query';
import { useMemberLinks } from '../hooks/use-member-links';
import type { InstituteFile } from '../utils/institute-file';
import { DirectoryError } from './directory-error';
import type { DirectoryPageProps } from './members-page';
import { directoryText } from '../../../i18n/directory';

/**
 * `/publications/`: every member's publications once, with the profile page's search, chips, sort,
 * chart and export. Authors who are members link to their profiles (when the members list loads;
 * without it the list still shows).
 */
export function InstitutePublicationsPage({
  location,
  pagePath,
  baseUrl,
  initialMembers,
  preview,
}: DirectoryPageProps & {
  /** What the page was prerendered with (the first publications), shown until the whole list loads. */
  preview?: InstituteFile;
}) {
  const t = useMessages();
  const institute = useInstitute(baseUrl, preview);
  const hrefs = useMemberLinks(baseUrl, pagePath, undefined, initialMembers);
  const labels = institute.data?.profile.topicLabels;
  const topicLabel = useMemo(() => topicLabelsIn(labels, t.lang), [labels, t.lang]);

  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <Heading depth={0} className="text-3xl font-bold tracking-tight">
        {institute.data
          ? directoryText(t).publicationsTitle(institute.data.profile.name)
          : t.publications.heading}
      </Heading>
      {institute.data ? (
        <MemberLinksProvider value={hrefs}>
          <TopicLabelsProvider value={topicLabel}>
            <PublicationsBrowser profile={institute.data.profile} location={location} />
          </TopicLabelsProvider>
        </MemberLinksProvider>
      ) : institute.isError ? (
        <DirectoryError error={institute.error} onRetry={() => void institute.refetch()} />
      ) : (
        <p role="status" className="mt-6 text-slate-600 dark:text-slate-400">
          {directoryText(t).loadingPublications}
        </p>
      )}
    </main>
  );
}
