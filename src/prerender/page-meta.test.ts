import { describe, expect, it } from 'vitest';
import { pageMeta, type PageHead, type PageMetaInput } from './page-meta';

const SITE = new URL('https://profiles.example/people/');

function head(overrides: Partial<PageMetaInput> = {}): PageHead {
  return pageMeta({
    language: 'fr',
    type: 'website',
    title: 'Membres — Institut',
    description: '3 membres',
    paths: { page: 'fr/people/', en: 'people/', fr: 'fr/people/' },
    site: SITE,
    ...overrides,
  });
}

const content = (page: PageHead, key: string) =>
  page.meta
    .filter((meta) => ('name' in meta ? meta.name : meta.property) === key)
    .map((meta) => meta.content);

const keys = (page: PageHead) => page.meta.map((meta) => ('name' in meta ? meta.name : meta.property));

describe('pageMeta', () => {
  it('says the title and description once each for search, Open Graph and Twitter cards', () => {
    const page = head();
    expect(page.title).toBe('Membres — Institut');
    for (const key of ['og:title', 'twitter:title']) expect(content(page, key)).toEqual([page.title]);
    for (const key of ['description', 'og:description', 'twitter:description'])
      expect(content(page, key)).toEqual(['3 membres']);
    expect(content(page, 'og:type')).toEqual(['website']);
    expect(content(page, 'og:locale')).toEqual(['fr_FR']);
    expect(content(page, 'og:locale:alternate')).toEqual(['en_US']);
    expect(content(head({ language: 'en', type: 'profile' }), 'og:locale:alternate')).toEqual(['fr_FR']);
    expect(content(head({ type: 'profile' }), 'og:type')).toEqual(['profile']);
  });

  it('with the site’s URL: og:url is the canonical link, and each language version is linked, absolute', () => {
    const page = head();
    const canonical = page.links.filter((link) => link.rel === 'canonical');
    expect(canonical).toEqual([{ rel: 'canonical', href: 'https://profiles.example/people/fr/people/' }]);
    expect(content(page, 'og:url')).toEqual([canonical[0]!.href]);
    expect(page.links.filter((link) => link.rel === 'alternate')).toEqual([
      { rel: 'alternate', hreflang: 'en', href: 'https://profiles.example/people/people/' },
      { rel: 'alternate', hreflang: 'fr', href: 'https://profiles.example/people/fr/people/' },
      { rel: 'alternate', hreflang: 'x-default', href: 'https://profiles.example/people/people/' },
    ]);
    // The English copy's canonical is the English version.
    expect(head({ language: 'en', paths: { page: '', en: 'people/', fr: 'fr/people/' } }).links[0]).toEqual({
      rel: 'canonical',
      href: 'https://profiles.example/people/people/',
    });
  });

  it('without it: no canonical, no og:url, no language links (a wrong one is worse than none)', () => {
    const page = head({ site: undefined });
    expect(page.links).toEqual([]);
    expect(content(page, 'og:url')).toEqual([]);
  });

  it('names a picture, with its text, only when there is one', () => {
    expect(keys(head()).some((key) => key.includes('image'))).toBe(false);
    const withImage = head({ image: { url: 'https://example.org/ada.jpg', alt: 'Ada, smiling' } });
    for (const prefix of ['og:image', 'twitter:image']) {
      expect(content(withImage, prefix)).toEqual(['https://example.org/ada.jpg']);
      expect(content(withImage, `${prefix}:alt`)).toEqual(['Ada, smiling']);
    }
  });

  it('refuses paths that are not folders from the site’s root', () => {
    expect(() => head({ paths: { page: '/fr/people/', en: 'people/', fr: 'fr/people/' } })).toThrow(
      /paths.page/,
    );
  });
});
