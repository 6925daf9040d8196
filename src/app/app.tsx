import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import type { ProfileSource } from '../data/profile-source';
import { en, type Messages } from '../i18n/en';
import { MessagesProvider } from '../i18n/messages-context';
import { clampHeadingLevel, HeadingLevelProvider } from '../lib/heading-level';
import type { LocationAdapter } from '../lib/location';
import { MemberLinksProvider, type MemberHref } from '../lib/member-links';
import { ViewReportProvider, type ViewReport } from '../lib/view-report';
import type { LanguagePages } from './language-switch';
import { ProfileErrorBoundary } from './profile-error-boundary';
import { PageSkeleton } from './page-skeleton';
import { loadPublicationsBrowser, ProfilePage } from './profile-page';
import { selectSource } from './select-source';

export interface AppProps {
  /** The profile shown when the URL names none (`?profile=<slug>` picks another from the same place). */
  source: ProfileSource;
  location: LocationAdapter;
  /** One per App by default, so two widgets on a page never share a cache by accident. */
  queryClient?: QueryClient;
  messages?: Messages;
  /** The standalone page: full height, the language switch, and the document's title. */
  ownsDocument?: boolean;
  /** The page's language versions, on prerendered pages; without them the switch sets `?lang=`. */
  languagePages?: LanguagePages;
  /** The head already has this profile's title (a hydrated page): the app leaves it alone. */
  titleInHead?: boolean;
  /** Forces a colour scheme (embeds only; needs the embed stylesheet). Default: the visitor's. */
  theme?: 'light' | 'dark' | 'auto';
  /** The name's heading level (1; an embed passes 2 or what its host asks); titles sit below it. */
  headingLevel?: number;
  /** Called whenever the list shows something else (the embed's `change` event). */
  onViewChange?: (report: ViewReport) => void;
  /** Co-authors who are members of the same institute, linked to their profiles (the directory build). */
  memberHref?: MemberHref;
}

export function App({
  source,
  location,
  queryClient,
  messages = en,
  ownsDocument = false,
  languagePages,
  titleInHead = false,
  theme,
  headingLevel = 1,
  onViewChange,
  memberHref,
}: AppProps) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  // Prerendered HTML is the default profile's: hydration starts there, then follows `?profile=`.
  const profileParam = useSyncExternalStore(
    location.subscribe,
    () => location.read().get('profile'),
    () => null,
  );
  const selected = selectSource(source, profileParam);
  // A prefetch: a failure here is shown, with a retry, when the list itself needs the chunk.
  useEffect(() => void loadPublicationsBrowser().catch(() => undefined), []);

  return (
    <QueryClientProvider client={client}>
      <MessagesProvider value={messages}>
        <HeadingLevelProvider value={clampHeadingLevel(headingLevel)}>
          <MemberLinksProvider value={memberHref}>
            <ViewReportProvider value={onViewChange}>
              <div
                lang={messages.lang}
                data-theme={theme}
                className={`${ownsDocument ? 'min-h-screen ' : ''}bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100`}
              >
                <ProfileErrorBoundary key={selected.slug} slug={selected.slug} location={location}>
                  <Suspense fallback={<PageSkeleton />}>
                    <ProfilePage
                      source={selected}
                      location={location}
                      ownsDocument={ownsDocument}
                      languagePages={languagePages}
                      titleInHead={titleInHead}
                    />
                  </Suspense>
                </ProfileErrorBoundary>
              </div>
            </ViewReportProvider>
          </MemberLinksProvider>
        </HeadingLevelProvider>
      </MessagesProvider>
    </QueryClientProvider>
  );
}
