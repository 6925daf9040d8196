import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import type { LocationAdapter } from '../../../lib/location';
import { useMembers } from '../api/members-query';
import type { MemberSummary } from '../utils/member-summary';
import { DirectoryError } from './directory-error';
import { MembersDirectory } from './members-directory';
import { directoryText } from '../../../i18n/directory';

export interface DirectoryPageProps {
  location: LocationAdapter;
  /** Where this page is, from the site's root: 'people/' or 'fr/people/'. Links are relative to it. */
  pagePath: string;
  /** The profiles' folder (where profiles/<slug>.json are), as the profile page's source has it. */
  baseUrl: string;
  /** The members the page was prerendered with: shown at once, no request. */
  initialMembers?: MemberSummary[];
}

/** `/people/`: every member, searchable by name and topic. */
export function MembersPage({ location, pagePath, baseUrl, initialMembers }: DirectoryPageProps) {
  const t = useMessages();
  const members = useMembers(baseUrl, initialMembers);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <Heading depth={0} className="text-3xl font-bold tracking-tight">
        {directoryText(t).membersTitle}
      </Heading>
      {members.isSuccess ? (
        <MembersDirectory members={members.data} location={location} pagePath={pagePath} />
      ) : members.isError ? (
        <DirectoryError error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <p role="status" className="mt-6 text-slate-600 dark:text-slate-400">
          {directoryText(t).loading}
        </p>
      )}
    </main>
  );
}
