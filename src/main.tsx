import { mountProfile } from './entry/mount-profile';
import { languageOf, loadMessages } from './i18n/load-messages';
import { createHistoryLocation } from './lib/location';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The interface language: `?lang=fr`, else English. The page owns <html lang>.
const language = languageOf(new URLSearchParams(window.location.search).get('lang'));
document.documentElement.lang = language;

mountProfile(root, {
  messages: await loadMessages(language),
  source: { kind: 'url', baseUrl: './profiles', slug: import.meta.env.VITE_DEFAULT_PROFILE },
  location: createHistoryLocation(window),
  ownsDocument: true,
});
