import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'https://arxiv.org/abs/2401.09865',
    'HTTPS://EXAMPLE.ORG/',
    'https://例え.jp/パス',
  ])('keeps the http(s) URL %s as written', (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript in capitals', 'JaVaScRiPt:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a leading space', ' javascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a space before an http URL', ' https://example.org'],
    ['a trailing newline', 'https://example.org\n'],
    ['a non-breaking space inside', 'https://exa\u00a0mple.org'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['protocol-relative', '//evil.example/x'],
    ['backslashes', '\\\\evil.example/x'],
    ['https without host', 'https:///path'],
    ['https with a single slash', 'https:/evil.example'],
    ['a relative path', 'images/ada.jpg'],
    ['an entity-encoded scheme', 'javascript&colon;alert(1)'],
    ['a malformed host', 'https://exa[mple.org'],
    ['the empty string', ''],
    ['an over-long URL', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, { href: 'https://example.org' }, ['https://example.org']])
      expect(safeHref(value)).toBeUndefined();
  });

  it('admits a path inside the site only when asked, and never a scheme or a host that way', () => {
    expect(safeHref('images/ada.jpg', 'site-path')).toBe('images/ada.jpg');
    expect(safeHref('/portraits/ada-2.webp', 'site-path')).toBe('/portraits/ada-2.webp');
    expect(safeHref('https://example.org/a.jpg', 'site-path')).toBe('https://example.org/a.jpg');
    for (const value of [
      'javascript:alert(1)',
      '//evil.example/a.jpg',
      'data:image/png;base64,AA',
      '..',
      ' a.jpg',
    ])
      expect(safeHref(value, 'site-path')).toBeUndefined();
  });

  it('admits mailto: with one plain address only when asked', () => {
    expect(safeHref('mailto:ada@example.org', 'mailto')).toBe('mailto:ada@example.org');
    expect(safeHref('mailto:ada@example.org')).toBeUndefined();
    for (const value of [
      'mailto:ada@example.org?bcc=everyone@example.org',
      'mailto:ada@example.org,eve@example.org',
      'mailto:a da@example.org',
      'mailto:ada',
      'mailto:javascript:alert(1)//@example.org',
    ])
      expect(safeHref(value, 'mailto')).toBeUndefined();
  });
});
