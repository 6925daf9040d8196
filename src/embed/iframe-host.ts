import { readResizeMessage } from './iframe-messages';

/**
 * Resizes every iframe showing the embed page to its content's height. A message counts only when
 * it comes from one of the page's own iframes (`event.source`) and from that iframe's origin.
 */
export function listenForResizes(win: Window): () => void {
  const onMessage = (event: MessageEvent) => {
    const height = readResizeMessage(event.data);
    if (height === null || event.source === null) return;
    for (const frame of win.document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const origin = new URL(frame.src, win.document.baseURI).origin;
      if (origin === event.origin) frame.style.height = `${height}px`;
      return;
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

/** The iframe page's side: posts its height to the parent whenever it changes. */
export function postHeights(win: Window, content: Element): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The parent may be any site: the height is not a secret, and the host script checks the source.
    win.parent.postMessage({ type: 'researcher-profile:resize', height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  post();
  return () => observer.disconnect();
}
