import { QueryClient } from '@tanstack/react-query';
import type { LanguagePages } from './app/language-switch';
import { profileQueryOptions } from './data/profile-query';
import type { ProfileSource } from './data/profile-source';
import { mountProfile, type MountOptions } from './entry/mount-profile';
import { preloadOptionalParts } from './features/publications/components/publications-browser';
import type { Messages } from './i18n/en';
import { languageOf, loadMessages } from './i18n/load-messages';
import { createHistoryLocation } from './lib/location';
import type { MemberHref } from './lib/member-links';

const NOTICE_ID = 'static-page-notice';
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A prerendered page (dist/<slug>/index.html, dist/fr/…) names its profile and language versions
// on #root and its language in <html lang>; the bare shell (the dev server) reads `?lang=` and
// `?profile=`, and the page owns <html lang>.
const prerenderedSlug = root.dataset.profile;
const params = new URLSearchParams(window.location.search);
const prerendered = root.dataset.languagePages !== undefined;
const language = languageOf(prerendered ? document.documentElement.lang : params.get('lang'));
document.documentElement.lang = language;
const messages = await loadMessages(language);

const source = {
  kind: 'url' as const,
  // Beside the scripts' folder, whatever page (and folder depth) loaded them.
  baseUrl: new URL(/* @vite-ignore */ '../profiles', import.meta.url).href,
  slug: prerenderedSlug ?? import.meta.env.VITE_DEFAULT_PROFILE,
} satisfies ProfileSource;
const options: MountOptions = {
  // The error page's heading says what went wrong (not found, invalid, not loaded): so does the tab.
  onError: () => {
    document.title = root.querySelector('h1')?.textContent ?? '';
  },
  messages,
  source,
  location: createHistoryLocation(window),
  ownsDocument: true,
  languagePages: prerendered ? (JSON.parse(root.dataset.languagePages!) as LanguagePages) : undefined,
};

// The institute's pages (people/, publications/), prerendered or, on the dev server, by their path.
const directoryPage = prerendered
  ? root.dataset.page
  : /\/(people|publications)\/$/.exec(window.location.pathname)?.[1]?.replace('people', 'members');
const showsPrerendered = prerenderedSlug && (params.get('profile') ?? prerenderedSlug) === prerenderedSlug;
if (directoryPage === 'members' || directoryPage === 'publications') {
  const { source: _source, ownsDocument: _owns, onError: _onError, ...shared } = options;
  // Not awaited at the top level: a chunk that imports from the entry while the entry awaits it
  // would wait forever.
  void import('./entry/mount-directory').then(({ startDirectory }) =>
    startDirectory(
      root,
      {
        ...shared,
        page: directoryPage,
        baseUrl: source.baseUrl,
        pagePath: root.dataset.pagePath ?? devPagePath(),
      },
      { hydrate: prerendered, onFailure: (retry) => showStaticNotice(messages, retry) },
    ),
  );
} else if (showsPrerendered) void hydrate();
else {
  // Another profile than the HTML's (`?profile=`), or no HTML at all: the app renders from scratch
  // and names the page itself; the head's tags about the HTML's profile go.
  root.replaceChildren();
  if (prerenderedSlug)
    for (const tag of document.head.querySelectorAll('title, meta[name=description]')) tag.remove();
  const queryClient = new QueryClient();
  mountProfile(root, { ...options, queryClient });
  void import('./prerender/follow-shown-profile').then(({ followShownProfile }) =>
    followShownProfile(queryClient, { source, location: options.location, messages }),
  );
}

/**
 * The page is already complete; hydration needs the same data it was rendered from. Until the data
 * has arrived the static page stays as it is, and if it cannot arrive the page stays readable and
 * says what is missing, with a way to try again.
 */
async function hydrate() {
  const queryClient = new QueryClient();
  const memberPage = root!.dataset.memberLinks;
  let memberHref: MemberHref | undefined;
  try {
    [, , memberHref] = await Promise.all([
      queryClient.fetchQuery(profileQueryOptions(source)),
      preloadOptionalParts(),
      memberPage === undefined
        ? undefined
        : import('./entry/load-member-links').then(({ loadMemberLinks }) =>
            loadMemberLinks(source.baseUrl, memberPage, source.slug),
          ),
    ]);
  } catch {
    showStaticNotice(messages, () => void hydrate());
    return;
  }
  document.getElementById(NOTICE_ID)?.remove();
  mountProfile(root!, { ...options, queryClient, memberHref, hydrate: true, titleInHead: true });
}

function showStaticNotice(t: Messages, retry: () => void) {
  document.getElementById(NOTICE_ID)?.remove();
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.setAttribute('role', 'alert');
  notice.className =
    'mx-auto mt-4 flex max-w-5xl flex-wrap items-center gap-3 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100';
  const text = document.createElement('p');
  text.textContent = t.errors.staticOnly;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.errors.tryAgain;
  button.className =
    'min-h-9 rounded-md border border-slate-400 px-3 font-medium hover:bg-white dark:border-slate-500 dark:hover:bg-slate-800';
  button.addEventListener('click', () => {
    button.disabled = true;
    retry();
  });
  notice.append(text, button);
  root!.before(notice);
}

/** On the dev server, the directory page's folder from the site's root, as the prerender names it. */
function devPagePath(): string {
  return /(?:^|\/)((?:fr\/)?(?:people|publications)\/)$/.exec(window.location.pathname)?.[1] ?? '';
}
