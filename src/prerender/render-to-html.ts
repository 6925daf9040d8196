import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static.edge';

/**
 * The app's HTML once everything it waits for (lazy parts, data) is there, in one piece: with one
 * byte budget for the whole page, no boundary is sent apart as "fallback now, content later" (that
 * needs an inline script, which the page's CSP forbids).
 */
export async function renderToHtml(element: ReactNode): Promise<string> {
  const { prelude } = await prerender(element, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  return new Response(prelude).text();
}
