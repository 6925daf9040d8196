import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/messages-context';
import { LANGUAGES, type Language } from '../i18n/load-messages';
import type { LocationAdapter } from '../lib/location';

/** Each language's name in that language: what a visitor looking for their own recognises. */
const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/**
 * Real links to the same view in the other languages (`?lang=fr`, the search and filters kept), so
 * they work as links do: open in a new tab, copy, and reload the page in that language.
 */
export function LanguageSwitch({ location }: { location: LocationAdapter }) {
  const t = useMessages();
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString());
  const hrefFor = (language: Language) => {
    const params = new URLSearchParams(search);
    if (language === 'en') params.delete('lang');
    else params.set('lang', language);
    const query = params.toString();
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
