import { listenForResizes } from '../embed/iframe-host';

// dist/embed/iframe-host.js: a host page that embeds embed.html in iframes loads this once.
listenForResizes(window);
