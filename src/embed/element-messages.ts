import { en, type Messages } from '../i18n/en';
import { loadMessages, type Language } from '../i18n/load-messages';

// Shared by every element on the page: each language is loaded once.
const loaded = new Map<Language, Messages>([['en', en]]);
const loading = new Map<Language, Promise<void>>();

/** The language's messages if they are here already. */
export const loadedMessages = (language: Language): Messages | undefined => loaded.get(language);

/**
 * Loads a language's messages once. A language that fails to load (offline, a replaced chunk) is
 * shown in English rather than not at all; the returned promise rejects so the caller can say so.
 */
export function loadLanguage(language: Language): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    promise = loadMessages(language).then(
      (messages) => void loaded.set(language, messages),
      (error: unknown) => {
        loaded.set(language, en);
        throw error;
      },
    );
    loading.set(language, promise);
  }
  return promise;
}
