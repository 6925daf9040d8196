import { lazy, Suspense, useMemo, useState } from 'react';
import { useProfile } from '../data/profile-query';
import type { ProfileSource } from '../data/profile-source';
import { DroppedDataNotice } from '../features/profile/components/dropped-data-notice';
import { ProfileHeader } from '../features/profile/components/profile-header';
import { SkipLink } from '../features/publications/components/skip-link';
import { useMessages } from '../i18n/messages-context';
import type { LocationAdapter } from '../lib/location';
import { TopicLabelsProvider, topicLabelsIn } from '../lib/topic-labels';
import { LanguageSwitch, type LanguagePages } from './language-switch';
import { PublicationsSkeleton } from './page-skeleton';

type BrowserModule = typeof import('../features/publications/components/publications-browser');
let browserModule: Promise<BrowserModule> | undefined;

/**
 * The publications browser is its own chunk, so the entry script runs and paints sooner. App starts
 * loading it at once, so it arrives while the profile is being fetched, not after. A failed load
 * (offline, or a deploy replaced the chunk) is forgotten, so "Try again" loads it afresh.
 */
export function loadPublicationsBrowser(): Promise<BrowserModule> {
  browserModule ??= import('../features/publications/components/publications-browser').catch(
    (error: unknown) => {
      browserModule = undefined;
      throw error;
    },
  );
  return browserModule;
}

interface Props {
  source: ProfileSource;
  location: LocationAdapter;
  ownsDocument: boolean;
  languagePages: LanguagePages | undefined;
  titleInHead: boolean;
}

export function ProfilePage({ source, location, ownsDocument, languagePages, titleInHead }: Props) {
  const t = useMessages();
  const profile = useProfile(source);
  const topicLabel = useMemo(() => topicLabelsIn(profile.topicLabels, t.lang), [profile.topicLabels, t.lang]);
  // One per mount: React.lazy remembers a failure, and the error boundary's retry remounts this.
  const [PublicationsBrowser] = useState(() =>
    lazy(async () => ({ default: (await loadPublicationsBrowser()).PublicationsBrowser })),
  );
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      {ownsDocument && !titleInHead && <title>{t.documentTitle(profile.name)}</title>}
      <SkipLink />
      {ownsDocument && <LanguageSwitch location={location} pages={languagePages} />}
      <TopicLabelsProvider value={topicLabel}>
        <ProfileHeader profile={profile} />
        <DroppedDataNotice source={source} />
        <Suspense fallback={<PublicationsSkeleton />}>
          <PublicationsBrowser profile={profile} location={location} />
        </Suspense>
      </TopicLabelsProvider>
    </main>
  );
}
