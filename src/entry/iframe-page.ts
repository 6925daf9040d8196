import { postHeights } from '../embed/iframe-host';
import { languageOf } from '../i18n/load-messages';
import './researcher-profile';
import './iframe-page.css';

// embed.html?profile=<slug>&lang=<lang>&theme=<theme>: the element alone, reporting its height.
const params = new URLSearchParams(window.location.search);
const slug = params.get('profile') ?? import.meta.env.VITE_DEFAULT_PROFILE;
const element = document.createElement('researcher-profile');
element.setAttribute('src', `./profiles/${encodeURIComponent(slug)}.json`);
for (const name of ['lang', 'theme']) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
document.documentElement.lang = languageOf(params.get('lang'));
document.body.append(element);
postHeights(window, element);
