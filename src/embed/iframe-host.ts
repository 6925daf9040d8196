import { isMeasureRequest, MEASURE_MESSAGE, RESIZE_MESSAGE, readResizeMessage } from './iframe-messages';

/**
 * The host page's side: resizes each iframe showing the embed page to its content's height. A
 * message counts only when it comes from one of the page's own iframes (`event.source`) and from
 * that iframe's origin; anything else is ignored.
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
  // Frames that loaded before this script did have already sent their height: ask again.
  for (const frame of win.document.querySelectorAll('iframe'))
    frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
  return () => win.removeEventListener('message', onMessage);
}

/** The iframe page's side: posts its height to the parent whenever it changes, or when asked. */
export function postHeights(win: Window, content: Element): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The parent may be any site: a height is no secret, and the host script checks the source.
    win.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || !isMeasureRequest(event.data)) return;
    last = -1;
    post();
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  win.addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
