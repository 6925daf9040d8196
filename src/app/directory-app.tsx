import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { InstitutePublicationsPage } from '../features/directory/components/institute-publications-page';
import { MembersPage } from '../features/directory/components/members-page';
import type { InstituteFile } from '../features/directory/utils/institute-file';
import { en, type Messages } from '../i18n/en';
import { MessagesProvider } from '../i18n/messages-context';
import { HeadingLevelProvider } from '../lib/heading-level';
import type { LocationAdapter } from '../lib/location';
import { LanguageSwitch, type LanguagePages } from './language-switch';

export type DirectoryPage = 'members' | 'publications';

export interface DirectoryAppProps {
  page: DirectoryPage;
  location: LocationAdapter;
  /** The profiles' folder, where members.json and institute.json are too. */
  baseUrl: string;
  /** Where the page is from the site's root ('people/', 'fr/publications/'); its links start there. */
  pagePath: string;
  messages?: Messages;
  queryClient?: QueryClient;
  languagePages?: LanguagePages;
  /** The institute list's first publications, as the page was prerendered with them. */
  preview?: InstituteFile;
}

/** The institute's pages: the members directory (`people/`) and the publication list (`publications/`). */
export function DirectoryApp({
  page,
  location,
  baseUrl,
  pagePath,
  messages = en,
  queryClient,
  languagePages,
  preview,
}: DirectoryAppProps) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  const Page = page === 'members' ? MembersPage : InstitutePublicationsPage;
  return (
    <QueryClientProvider client={client}>
      <MessagesProvider value={messages}>
        <HeadingLevelProvider value={1}>
          <div
            lang={messages.lang}
            className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100"
          >
            <div className="mx-auto max-w-6xl px-4 pt-4 sm:px-6">
              <LanguageSwitch location={location} pages={languagePages} />
            </div>
            <Page location={location} pagePath={pagePath} baseUrl={baseUrl} preview={preview} />
          </div>
        </HeadingLevelProvider>
      </MessagesProvider>
    </QueryClientProvider>
  );
}
