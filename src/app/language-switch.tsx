import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/messages-context';
import { LANGUAGES, type Language } from '../i18n/load-messages';
import type { LocationAdapter } from '../lib/location';

/** Each language's name in that language: what a visitor looking for their own recognises. */
const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** Each language's version of a prerendered page, relative to it (`../fr/some-slug/`). */
export type LanguagePages = Record<Language, string>;

interface Props {
  location: LocationAdapter;
  /** Prerendered pages link to their language versions; without them, `?lang=` picks the language. */
  pages?: LanguagePages;
}

/**
 * Real links to the same view in the other languages (the search and filters kept), so they work
 * as links do, with JavaScript off too: open in a new tab, copy, and load the page in that language.
 */
export function LanguageSwitch({ location, pages }: Props) {
  const t = useMessages();
  const search = useSyncExternalStore(
    location.subscribe,
    () => location.read().toString(),
    () => '',
  );
  const hrefFor = (language: Language) => {
    const params = new URLSearchParams(search);
    params.delete('lang');
    if (!pages && language !== 'en') params.set('lang', language);
    const query = params.toString();
    if (pages) return query ? `${pages[language]}?${query}` : pages[language];
    return query ? `?${query}` : '?';
  };
  return (
    <nav aria-label={t.language} className="flex justify-end gap-3 text-sm">
      {LANGUAGES.filter((language) => language !== t.lang).map((language) => (
        <a
          key={language}
          href={hrefFor(language)}
          hrefLang={language}
          lang={language}
          className="font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {NAMES[language]}
        </a>
      ))}
    </nav>
  );
}
