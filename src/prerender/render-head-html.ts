import type { PageHead } from './page-meta';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in a double-quoted attribute value and in `<title>`: the five characters HTML cares about. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** The head's tags, one a line, for the prerender step to put in `<head>`. */
export function renderHeadHtml(head: PageHead): string {
  const tag = (name: string, attributes: Record<string, string>) =>
    `<${name}${Object.entries(attributes)
      .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
      .join('')}>`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    ...head.meta.map((meta) => tag('meta', meta)),
    ...head.links.map((link) => tag('link', link)),
  ].join('\n');
}
