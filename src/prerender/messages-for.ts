import { en, type Messages } from '../i18n/en';
import { fr } from '../i18n/fr';
import type { Language } from '../i18n/load-messages';

/** At build time both dictionaries are at hand: no lazy loading. */
export function messagesFor(language: Language): Messages {
  return language === 'fr' ? fr : en;
}
