import { en, type Messages } from '../i18n/en';

/** The interface languages the app ships, by primary language subtag. */
const LANGUAGES: Record<string, Messages> = { en };

/** The messages for a BCP 47 tag (`fr-CA` → French); English for any language not shipped. */
export function messagesFor(lang: string | null | undefined): Messages {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES[primary] ?? en;
}
