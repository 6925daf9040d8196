import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication } from '../../tests/builders';
import type { Profile } from '../data/profile-schema';
import { LANGUAGES, type Language } from '../i18n/load-messages';
import { DESCRIPTION_MAX_LENGTH } from './profile-description';
import { profileHead, type HeadOptions } from './profile-head';
import { HOSTILE, realInstitute, realProfile } from '../../tests/real-profile';
import { renderHeadHtml } from './render-head-html';

const PATHS = { page: 'fr/razvan-pascanu/', en: 'razvan-pascanu/', fr: 'fr/razvan-pascanu/' };
const LABELS: Record<Language, RegExp> = {
  en: /Research topics: (.+)\.$/,
  fr: /Thèmes de recherche\u00a0: (.+)\.$/,
};

/** The head as a browser reads it: rendered, then parsed. */
function render(profile: Profile, options: Partial<HeadOptions> = {}) {
  const head = profileHead(profile, { language: 'en', paths: PATHS, ...options });
  const html = renderHeadHtml(head);
  const doc = new DOMParser().parseFromString(
    `<!doctype html><head>${html}</head><body></body>`,
    'text/html',
  );
  const content = (key: string) =>
    [...doc.head.querySelectorAll('meta')]
      .filter((meta) => meta.getAttribute('name') === key || meta.getAttribute('property') === key)
      .map((meta) => meta.getAttribute('content'));
  const one = (key: string) => {
    const values = content(key);
    expect(values, key).toHaveLength(1);
    return values[0]!;
  };
  const alternates = Object.fromEntries(
    [...doc.head.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]),
  );
  return {
    head,
    html,
    doc,
    content,
    one,
    alternates,
    canonical: doc.head.querySelectorAll('link[rel="canonical"]'),
  };
}

function publicationCounts(profile: Profile): Map<string, number> {
  return new Map(
    profile.topics.map((topic) => [
      topic,
      profile.publications.filter((p) => p.topics.includes(topic)).length,
    ]),
  );
}

describe.each(LANGUAGES)('the head of the real profile in %s', (language) => {
  const profile = realProfile();
  const institute = realInstitute();
  const setup = () => render(profile, { language, institute });

  it('is made only of the tags the data describes, all inside <head>', () => {
    const { head, doc } = setup();
    expect(doc.body.childNodes).toHaveLength(0);
    expect(doc.head.children).toHaveLength(1 + head.meta.length + head.links.length);
    expect(doc.title).toBe(head.title);
    expect(head.lang).toBe(language);
  });

  it('titles the page "Name — position"', () => {
    const { doc, one } = setup();
    expect(doc.title).toBe(`${profile.name} — ${profile.position}`);
    expect(one('og:title')).toBe(doc.title);
    expect(one('twitter:title')).toBe(doc.title);
  });

  it('describes the position, the membership at the institute and the main topics, within the limit', () => {
    const { one } = setup();
    const description = one('description');
    expect(description.startsWith(`${profile.position}. `)).toBe(true);
    expect(description).toContain(`${profile.membership}, ${institute!.name}.`);
    expect(Array.from(description).length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    expect(one('og:description')).toBe(description);
    expect(one('twitter:description')).toBe(description);

    const named = LABELS[language].exec(description)![1]!.split(/, | and | et /);
    expect(named.length).toBeGreaterThan(0);
    const counts = publicationCounts(profile);
    const unnamed = profile.topics.filter((topic) => !named.includes(topic));
    for (const topic of named) {
      expect(profile.topics).toContain(topic);
      for (const other of unnamed) expect(counts.get(topic)).toBeGreaterThanOrEqual(counts.get(other)!);
    }
  });

  it('is an Open Graph profile in its own locale, with the other as alternate, and a summary card', () => {
    const { one } = setup();
    expect(one('og:type')).toBe('profile');
    expect(one('og:locale')).toBe(language === 'en' ? 'en_US' : 'fr_FR');
    expect(one('og:locale:alternate')).toBe(language === 'en' ? 'fr_FR' : 'en_US');
    expect(one('twitter:card')).toBe('summary');
  });

  it('has no image, as the portrait has none', () => {
    const { content } = setup();
    expect(profile.portrait?.src ?? null).toBeNull();
    expect(content('og:image')).toEqual([]);
    expect(content('twitter:image')).toEqual([]);
  });

  it('without the site URL, has no canonical, og:url or hreflang (a relative one is invalid)', () => {
    const { alternates, canonical, content } = setup();
    expect(alternates).toEqual({});
    expect(canonical).toHaveLength(0);
    expect(content('og:url')).toEqual([]);
  });

  it('adds an absolute canonical and og:url for the page language when the site URL is known', () => {
    const { alternates, canonical, one } = render(profile, {
      language,
      institute,
      siteUrl: 'https://profiles.example/people',
    });
    const own = `https://profiles.example/people/${PATHS[language]}`;
    expect(canonical).toHaveLength(1);
    expect(canonical[0]!.getAttribute('href')).toBe(own);
    expect(one('og:url')).toBe(own);
    expect(alternates).toEqual({
      en: 'https://profiles.example/people/razvan-pascanu/',
      fr: 'https://profiles.example/people/fr/razvan-pascanu/',
      'x-default': 'https://profiles.example/people/razvan-pascanu/',
    });
  });
});

describe('profileHead', () => {
  it('leaves out the dash without a position, and the facts a profile lacks', () => {
    const profile = buildProfile({
      position: null,
      membership: null,
      publications: [buildPublication({ topics: ['Optics'] })],
    });
    const { doc, one } = render(profile);
    expect(doc.title).toBe(profile.name);
    expect(one('description')).toBe('Research topics: Optics.');
  });

  it('shows the institute alone when there is no membership, as the header does', () => {
    const { one } = render(buildProfile({ position: 'Professor', membership: null }), {
      institute: { name: 'Institute', url: 'https://institute.example/' },
    });
    expect(one('description')).toBe('Professor. Institute.');
  });

  it('names the topics with most publications first', () => {
    const publications = [
      buildPublication({ topics: ['Rare', 'Common'] }),
      buildPublication({ topics: ['Common'] }),
      buildPublication({ topics: ['Common', 'Middle'] }),
      buildPublication({ topics: ['Middle'] }),
    ];
    const profile = buildProfile({
      position: null,
      membership: null,
      topics: ['Rare', 'Middle', 'Common'],
      publications,
    });
    expect(render(profile).one('description')).toBe('Research topics: Common, Middle, and Rare.');
    expect(render(profile, { language: 'fr' }).one('description')).toBe(
      'Thèmes de recherche\u00a0: Common, Middle et Rare.',
    );
  });

  it('cuts a long description at a word, never inside a character', () => {
    const position = `${'Professor of 😀 emoji studies and '.repeat(8)}optics`;
    const description = render(buildProfile({ position })).one('description');
    const chars = Array.from(description);
    expect(chars.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    expect(description.endsWith('…')).toBe(true);
    const kept = description.slice(0, -1);
    expect(position.startsWith(kept)).toBe(true);
    expect(position[kept.length]).toMatch(/\s/);
    expect(description).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('gives og:image and twitter:image for an http(s) or site-path portrait, and none without one', () => {
    const portrait = (src: string | null) => ({ src, alt: 'Portrait of Ada' });
    const images = (profile: Profile, options: Partial<HeadOptions> = {}) => {
      const { content } = render(profile, options);
      expect(content('twitter:image')).toEqual(content('og:image'));
      return content('og:image');
    };
    expect(images(buildProfile({ portrait: portrait('https://cdn.example/ada.jpg') }))).toEqual([
      'https://cdn.example/ada.jpg',
    ]);
    expect(images(buildProfile({ portrait: portrait('images/ada.jpg') }))).toEqual(['../../images/ada.jpg']);
    expect(
      images(buildProfile({ portrait: portrait('images/ada.jpg') }), {
        siteUrl: 'https://profiles.example/people/',
      }),
    ).toEqual(['https://profiles.example/people/images/ada.jpg']);
    expect(
      render(buildProfile({ portrait: portrait('https://cdn.example/ada.jpg') })).one('og:image:alt'),
    ).toBe('Portrait of Ada');
    expect(images(buildProfile({ portrait: portrait(null) }))).toEqual([]);
    expect(images(buildProfile({ portrait: null }))).toEqual([]);
    expect(images(buildProfile({ portrait: portrait('javascript:alert(1)') }))).toEqual([]);
  });

  it.each([
    'profiles.example',
    '/people/',
    '//profiles.example/',
    'ftp://profiles.example/',
    'javascript:alert(1)',
    ' https://profiles.example/',
    'https://profiles.example/?preview=1',
    'https://profiles.example/#top',
    'https://user:secret@profiles.example/',
    '',
  ])('refuses the site URL %j with a message that says what is expected', (siteUrl) => {
    expect(() => profileHead(buildProfile(), { language: 'en', paths: PATHS, siteUrl })).toThrow(
      /siteUrl must be an absolute http\(s\) URL/,
    );
  });

  it.each(['../', '/fr/', 'fr', 'https://evil.example/', 'fr//x/'])('refuses the path %j', (path) => {
    expect(() => profileHead(buildProfile(), { language: 'en', paths: { ...PATHS, fr: path } })).toThrow(
      /paths\.fr must be a folder path/,
    );
  });
});

describe('renderHeadHtml with hostile data', () => {
  const profile = buildProfile({
    name: `Ada ${HOSTILE}`,
    position: `Chair "of" ${HOSTILE}`,
    membership: `Member's ${HOSTILE}`,
    portrait: { src: 'https://cdn.example/ada.jpg?a=1&b=2', alt: `Alt ${HOSTILE}` },
    publications: [buildPublication({ topics: [`Topic ${HOSTILE}`] })],
  });
  const options = { institute: { name: `Institute ${HOSTILE}`, url: 'https://institute.example/' } };

  it('keeps every value inside its attribute or title: the parsed tags equal the data', () => {
    const { head, doc } = render(profile, options);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.body.childNodes).toHaveLength(0);
    expect(doc.title).toBe(head.title);
    const metas = [...doc.head.querySelectorAll('meta')].map((meta) =>
      Object.fromEntries([...meta.attributes].map((attribute) => [attribute.name, attribute.value])),
    );
    expect(metas).toEqual(head.meta);
    expect(head.meta.find((meta) => 'name' in meta && meta.name === 'description')!.content).toContain(
      '</script>',
    );
  });

  it('writes none of & < > " \' raw inside a value', () => {
    const { html } = render(profile, options);
    const values = [...html.matchAll(/="([^"]*)"/g), ...html.matchAll(/<title>(.*)<\/title>/gs)].map(
      (m) => m[1]!,
    );
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) {
      expect(value).not.toMatch(/[<>"']/);
      expect(value.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }
  });
});
