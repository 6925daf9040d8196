import { lazy, Suspense } from 'react';
import { useProfile } from '../data/profile-query';
import type { ProfileSource } from '../data/profile-source';
import { ProfileHeader } from '../features/profile/components/profile-header';
import { useMessages } from '../i18n/messages-context';
import type { LocationAdapter } from '../lib/location';
import { PublicationsSkeleton } from './page-skeleton';

/**
 * The publications browser is its own chunk, keeping the first download within budget. App starts
 * loading it at once, so it arrives while the profile is being fetched, not after.
 */
export const loadPublicationsBrowser = () =>
  import('../features/publications/components/publications-browser');
const PublicationsBrowser = lazy(async () => ({
  default: (await loadPublicationsBrowser()).PublicationsBrowser,
}));

interface Props {
  source: ProfileSource;
  location: LocationAdapter;
  ownsDocument: boolean;
}

export function ProfilePage({ source, location, ownsDocument }: Props) {
  const t = useMessages();
  const profile = useProfile(source);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      {ownsDocument && <title>{t.documentTitle(profile.name)}</title>}
      <ProfileHeader profile={profile} />
      <Suspense fallback={<PublicationsSkeleton />}>
        <PublicationsBrowser profile={profile} location={location} />
      </Suspense>
    </main>
  );
}
