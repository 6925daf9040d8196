import type { QueryClient } from '@tanstack/react-query';
import { selectSource } from '../app/select-source';
import { profileQueryOptions } from '../data/profile-query';
import type { ProfileSource } from '../data/profile-source';
import { siteSettings } from '../data/site-settings';
import type { Messages } from '../i18n/en';
import type { LocationAdapter } from '../lib/location';
import { profileDescription } from './profile-description';

/** What a prerendered page's head says of its own profile besides its title and description. */
const ABOUT_THE_HTML = 'meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]';

/**
 * In the browser, on a page that shows another profile than its HTML's (`?profile=`) or none (the
 * dev server's shell): loaded on demand by main.tsx, so the first view does not carry it. Drops
 * the tags about the HTML's profile, and keeps `<meta name="description">` saying what the page
 * shows, in the words the build writes: the shown profile's once it has loaded, none once another
 * cannot be shown.
 */
export function followShownProfile(
  queryClient: QueryClient,
  { source, location, messages }: { source: ProfileSource; location: LocationAdapter; messages: Messages },
): void {
  for (const tag of document.head.querySelectorAll(ABOUT_THE_HTML)) tag.remove();
  let described: unknown;
  const describe = () => {
    const shown = selectSource(source, location.read().get('profile'));
    const loaded = queryClient.getQueryData(profileQueryOptions(shown).queryKey);
    if (loaded === described) return;
    described = loaded;
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!loaded) return meta?.remove();
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = profileDescription(loaded.profile, siteSettings.institute, messages);
  };
  queryClient.getQueryCache().subscribe(describe);
  location.subscribe(describe);
  describe();
}
