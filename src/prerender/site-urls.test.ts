import { describe, expect, it } from 'vitest';
import { imageUrl, parseSiteUrl, relativeHref } from './site-urls';

describe('relativeHref', () => {
  it.each([
    ['', '', './'],
    ['', 'fr/', 'fr/'],
    ['fr/', '', '../'],
    ['fr/', 'fr/', './'],
    ['fr/ada/', 'ada/', '../../ada/'],
    ['ada/', 'fr/ada/', '../fr/ada/'],
  ])('from %j to %j is %j, which resolves to the target from any folder', (page, target, expected) => {
    const href = relativeHref(page, target);
    expect(href).toBe(expected);
    const root = 'https://host.example/deep/prefix/';
    expect(new URL(href, root + page).href).toBe(root + target);
  });
});

describe('parseSiteUrl', () => {
  it('makes the URL a folder, so paths go under it', () => {
    expect(parseSiteUrl('https://profiles.example/people').href).toBe('https://profiles.example/people/');
    expect(parseSiteUrl('http://profiles.example').href).toBe('http://profiles.example/');
  });
});

describe('imageUrl', () => {
  it('keeps an http(s) URL, resolves a site path, and refuses anything else', () => {
    const site = parseSiteUrl('https://profiles.example/people/');
    expect(imageUrl('https://cdn.example/a.jpg', undefined, 'fr/ada/')).toBe('https://cdn.example/a.jpg');
    expect(imageUrl('img/a.jpg', undefined, '')).toBe('./img/a.jpg');
    expect(imageUrl('img/a.jpg', undefined, 'fr/ada/')).toBe('../../img/a.jpg');
    expect(imageUrl('img/a.jpg', undefined, undefined)).toBeUndefined();
    expect(imageUrl('img/a.jpg', site, undefined)).toBe('https://profiles.example/people/img/a.jpg');
    for (const bad of ['javascript:alert(1)', 'data:image/png;base64,AA', '//evil.example/a.jpg', '..', ''])
      expect(imageUrl(bad, site, '')).toBeUndefined();
  });
});
