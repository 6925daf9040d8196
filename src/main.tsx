import type { LanguagePages } from './app/language-switch';
import { mountProfile } from './entry/mount-profile';
import { languageOf, loadMessages } from './i18n/load-messages';
import { createHistoryLocation } from './lib/location';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A prerendered page (dist/<slug>/index.html, dist/fr/…) names its language in <html lang> and its
// language versions on #root; the bare shell (the dev server) reads `?lang=`, and the page owns
// <html lang>.
const prerendered = root.dataset.languagePages !== undefined;
const language = prerendered
  ? languageOf(document.documentElement.lang)
  : languageOf(new URLSearchParams(window.location.search).get('lang'));
document.documentElement.lang = language;

mountProfile(root, {
  messages: await loadMessages(language),
  source: {
    kind: 'url',
    // Beside the scripts' folder, whatever page (and folder depth) loaded them.
    baseUrl: new URL(/* @vite-ignore */ '../profiles', import.meta.url).href,
    slug: root.dataset.profile ?? import.meta.env.VITE_DEFAULT_PROFILE,
  },
  location: createHistoryLocation(window),
  ownsDocument: true,
  languagePages: prerendered ? (JSON.parse(root.dataset.languagePages!) as LanguagePages) : undefined,
  hydrate: prerendered,
});
