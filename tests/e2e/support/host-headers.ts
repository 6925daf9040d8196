import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedWithStrictCsp, STRICT_CSP } from '../../../src/embed/build/strict-csp';

interface Rule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/**
 * Reads a built site's `_headers` file (the format static hosts such as Netlify read: a path
 * pattern, then indented `Name: value` lines) so the test server sends what a real host would.
 */
function readHostHeaders(distDir: string): (pathname: string) => Record<string, string> {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: the build must write the host's headers`);
  const rules: Rule[] = [];
  for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`${file}:${index + 1}: expected "  Name: value" under a path`);
    rule.headers[header[1]!] = header[2]!.trim();
  }
  return (pathname) =>
    Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));
}

/**
 * The headers a host sends for each path of the built site: the build's `_headers`, and the strict
 * policy an embedding page might set for the example host pages and the iframe page.
 */
export function siteHeaders(distDir: string): (pathname: string) => Record<string, string> {
  const hostHeaders = readHostHeaders(distDir);
  return (pathname) => ({
    ...hostHeaders(pathname),
    ...(servedWithStrictCsp(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
}
