import { describe, expect, it } from 'vitest';
import { fillTemplate, type PageParts } from './fill-template';
import { inlineBoot } from './inline-boot';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="Research profile."
    />
    <title>Research profile</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/page-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const parts = (overrides: Partial<PageParts> = {}): PageParts => ({
  lang: 'fr',
  head: '<title>Ada — Professor</title>',
  body: '<main>Ada</main>',
  rootData: { profile: 'ada', 'language-pages': '{"en":"../../ada/","fr":"./"}' },
  page: 'fr/ada/',
  ...overrides,
});

describe('fillTemplate', () => {
  it('sets the language, replaces the title and description, and fills #root', () => {
    const html = fillTemplate(TEMPLATE, parts());
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Ada — Professor</title>');
    expect(html).not.toContain('Research profile');
    expect(html).toContain(
      '<div id="root" data-profile="ada" data-language-pages="{&quot;en&quot;:&quot;../../ada/&quot;,&quot;fr&quot;:&quot;./&quot;}"><main>Ada</main></div>',
    );
  });

  it('points asset URLs at the site root from the page’s folder', () => {
    expect(fillTemplate(TEMPLATE, parts())).toContain('src="../../assets/index-abc.js"');
    expect(fillTemplate(TEMPLATE, parts({ page: 'fr/' }))).toContain('href="../assets/page-def.js"');
    expect(fillTemplate(TEMPLATE, parts({ page: '' }))).toContain('href="./assets/index-ghi.css"');
    // The inline start's app, too.
    const started = inlineBoot(TEMPLATE, 'assets/main-xyz.js');
    expect(fillTemplate(started, parts())).toContain('data-app="../../assets/main-xyz.js"');
    expect(fillTemplate(started, parts({ page: '' }))).toContain('data-app="./assets/main-xyz.js"');
  });

  it('inlines the stylesheet instead of linking it, and refuses one that would end the element', () => {
    const html = fillTemplate(TEMPLATE, parts({ css: 'a{color:red}' }));
    expect(html).toContain('<style>a{color:red}</style>');
    expect(html).not.toContain('rel="stylesheet"');
    expect(() => fillTemplate(TEMPLATE, parts({ css: 'a{}</style><script>x()</script>' }))).toThrow(
      /<\/style/,
    );
  });

  it('says what the template lacks instead of writing a broken page', () => {
    expect(() => fillTemplate(TEMPLATE.replace('<div id="root"></div>', ''), parts())).toThrow(/empty #root/);
    expect(() => fillTemplate(TEMPLATE.replace(/<title>.*<\/title>/, ''), parts())).toThrow(/<title>/);
  });
});
