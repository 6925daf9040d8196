import { en, type Messages } from './en';

/** The interface languages the app ships, by primary language subtag. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The shipped language for a BCP 47 tag (`fr-CA` → `fr`); English for any other. */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? 'en';
}

/** A language's strings: English ships with the page, any other language loads when asked for. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'fr') return (await import('./fr')).fr;
  return en;
}
