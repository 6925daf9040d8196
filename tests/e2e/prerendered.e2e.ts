import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { Profile } from '../../src/data/profile-schema';
import { axeCheck } from './support/axe';
import { setupBrowser } from './support/browser';
import { DEFAULT_SLUG, loadServedProfile } from './support/profile-page';

// Issue 9: every profile is prerendered in English and French; the HTML alone holds the whole page,
// and the app adopts it without a warning or a visible change.

const PAGES = [
  { file: 'index.html', url: '', lang: 'en', slug: DEFAULT_SLUG },
  { file: 'fr/index.html', url: 'fr/', lang: 'fr', slug: DEFAULT_SLUG },
  ...profileSlugs().flatMap((slug) => [
    { file: `${slug}/index.html`, url: `${slug}/`, lang: 'en', slug },
    { file: `fr/${slug}/index.html`, url: `fr/${slug}/`, lang: 'fr', slug },
  ]),
];

function profileSlugs(): string[] {
  // The profiles' files, not the directory's (members.json, institute.json…): slugs that have a page.
  const dist = inject('distDir');
  return readdirSync(join(dist, 'profiles'))
    .map((file) => file.replace(/\.json$/, ''))
    .filter((slug) => existsSync(join(dist, slug, 'index.html')));
}

/** The page as a crawler or a browser without JavaScript gets it: no script runs. */
function readPage(file: string) {
  const html = readFileSync(join(inject('distDir'), file), 'utf8');
  return { html, document: new JSDOM(html).window.document };
}

/** The inline scripts the host's policy (dist/_headers) allows, as `sha256-…` sources. */
function scriptHashes(): string[] {
  const headers = readFileSync(join(inject('distDir'), '_headers'), 'utf8');
  const scriptSrc = /script-src ([^;]+)/.exec(headers)?.[1] ?? '';
  return scriptSrc.split(' ').filter((source) => source.startsWith("'sha256-"));
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the prerendered files, read without running scripts', () => {
  test.each(PAGES)(
    '$file holds the whole profile: name, every title, full abstract and author',
    ({ file, slug }) => {
      const profile = loadServedProfile(slug);
      const { document } = readPage(file);
      const root = document.getElementById('root')!;
      const text = squash(root.textContent);
      expect(squash(root.querySelector('h1')?.textContent)).toBe(profile.name);
      const articles = [...root.querySelectorAll('article')];
      expect(articles).toHaveLength(profile.publications.length);
      profile.publications.forEach((publication, index) => {
        const card = squash(articles[index]!.textContent);
        expect(card, publication.id).toContain(squash(publication.title));
        for (const author of publication.authors)
          expect(card, `${publication.id}: ${author}`).toContain(author);
        if (publication.abstract)
          expect(card, `${publication.id}: abstract`).toContain(squash(publication.abstract));
      });
      expect(text).not.toMatch(/Loading/i);
    },
  );

  test.each(PAGES)(
    '$file has its language, title, description, social tags and a link to its other language',
    ({ file, lang, slug }) => {
      const profile = loadServedProfile(slug);
      const { document } = readPage(file);
      expect(document.documentElement.lang).toBe(lang);
      expect(document.title).toBe(profile.position ? `${profile.name} — ${profile.position}` : profile.name);
      const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content');
      const description = meta('name="description"')!;
      expect(description).toContain(profile.position ?? profile.name);
      expect(meta('property="og:title"')).toBe(document.title);
      expect(meta('property="og:description"')).toBe(description);
      expect(meta('property="og:locale"')).toBe(lang === 'fr' ? 'fr_FR' : 'en_US');
      expect(meta('name="twitter:card"')).toBe('summary');
      // No SITE_URL in this build: a canonical would be a guess, and search engines ignore (Lighthouse
      // fails) a relative hreflang; with SITE_URL both are absolute (profile-head.test.ts).
      expect(document.querySelectorAll('link[rel="canonical"], link[rel="alternate"]')).toHaveLength(0);
      expect(meta('property="og:url"')).toBeUndefined();
      // The language switch is a real link to the other language's page.
      const other = lang === 'en' ? 'fr' : 'en';
      const switchLink = document.querySelector(`nav a[hreflang="${other}"]`)!;
      expect(new URL(switchLink.getAttribute('href')!, `https://site.example/${file}`).pathname).toBe(
        file === 'index.html'
          ? '/fr/'
          : file === 'fr/index.html'
            ? '/'
            : other === 'fr'
              ? `/fr/${slug}/`
              : `/${slug}/`,
      );
    },
  );

  test.each(PAGES)('$file has JSON-LD that says what the dataset says', ({ file, slug }) => {
    const profile: Profile = loadServedProfile(slug);
    const { document, html } = readPage(file);
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    // Safe inside <script>: no "<" at all in the JSON text.
    const json = scripts[0]!.textContent!;
    expect(json).not.toContain('<');
    expect(html).toContain(json);
    const data = JSON.parse(json) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- compared field by field below
    expect(data['@type']).toBe('ProfilePage');
    const person = data.mainEntity;
    expect(person).toMatchObject({ '@type': 'Person', name: profile.name, knowsAbout: profile.topics });
    if (profile.position) expect(person.jobTitle).toBe(profile.position);
    expect(data.hasPart).toHaveLength(profile.publications.length);
    profile.publications.forEach((publication, index) => {
      const article = data.hasPart[index];
      expect(article['@type']).toBe('ScholarlyArticle');
      expect(article.name).toBe(publication.title);
      expect(article.author.map((author: { name: string }) => author.name)).toEqual(publication.authors);
      expect(article.datePublished).toBe(String(publication.year));
      const identifiers = JSON.stringify(article.identifier ?? []);
      if (publication.identifiers.arxiv) expect(identifiers).toContain(publication.identifiers.arxiv);
      if (publication.identifiers.doi) expect(identifiers).toContain(publication.identifiers.doi);
      if (publication.abstract) expect(squash(article.abstract)).toBe(squash(publication.abstract));
    });
  });

  test.each(PAGES)(
    '$file uses relative URLs only, fetches no script while it is parsed, and runs one inline start the policy allows',
    ({ file }) => {
      const { document } = readPage(file);
      for (const element of document.querySelectorAll('[src], [href], [data-app]')) {
        const url =
          element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('data-app')!;
        // Root-relative or protocol-relative URLs break in a sub-folder; the rest is relative or https.
        expect(url, element.outerHTML.slice(0, 120)).not.toMatch(/^\/(?!\/)|^\/\//);
      }
      // A script file or a module preload is requested before the first paint, and Lighthouse's
      // simulated network makes the paint wait for it: the page starts the app from inline text.
      expect(document.querySelectorAll('script[src], link[rel="modulepreload"]')).toHaveLength(0);
      const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
      expect(scripts).toHaveLength(1);
      const [start] = scripts as HTMLScriptElement[];
      expect(scriptHashes()).toContain(sha256(start!.textContent!));
      // The app's chunk, from this page's folder.
      const app = new URL(start!.dataset.app!, `https://site.example/${file}`).pathname;
      expect(app).toMatch(/^\/assets\/main-[\w-]+\.js$/);
      expect(existsSync(join(inject('distDir'), app))).toBe(true);
      expect(document.querySelectorAll('[style]')).toHaveLength(0);
    },
  );
});

const open = setupBrowser();

async function openWithoutJavaScript(page: Page, url: string) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(new URL(url, inject('baseUrl')).href);
  return bare;
}

describe('with JavaScript off', () => {
  test.each([
    { url: '', lang: 'en', seeMore: 'See more', other: 'Français' },
    { url: 'fr/', lang: 'fr', seeMore: 'Lire la suite', other: 'English' },
  ])(
    'a visitor reads every abstract in full and switches language ($lang)',
    async ({ url, lang, seeMore, other }) => {
      const page = await open(url);
      const bare = await openWithoutJavaScript(page, url);
      try {
        const profile = loadServedProfile();
        expect(await bare.locator('html').getAttribute('lang')).toBe(lang);
        // Every fold is a native <details>: its summary opens it without any script.
        const closed = bare.locator('details:not([open]) > summary');
        expect(await closed.filter({ hasText: seeMore }).count()).toBeGreaterThan(0);
        for (let left = await closed.count(); left > 0; left = await closed.count())
          await closed.first().click();
        const text = squash(await bare.locator('main').innerText());
        for (const publication of profile.publications)
          if (publication.abstract) expect(text).toContain(squash(publication.abstract).slice(-60));
        await bare.getByRole('link', { name: other }).click();
        await bare.waitForURL(lang === 'en' ? /\/fr\/$/ : /\/$/);
        expect(await bare.locator('html').getAttribute('lang')).toBe(lang === 'en' ? 'fr' : 'en');
      } finally {
        await bare.context().close();
      }
    },
  );
});

describe('hydrated', () => {
  test.each(['', 'fr/', `${DEFAULT_SLUG}/`, `fr/${DEFAULT_SLUG}/`])(
    '%s: the app adopts the HTML with no console warning or error and no visible change',
    async (url) => {
      const page = await open(url);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
      });
      const bare = await openWithoutJavaScript(page, url);
      const staticText = await bare.locator('#root').innerText();
      await bare.context().close();
      await page.reload();
      await expect.poll(() => page.locator('[data-index-ready="true"]').count()).toBe(1);
      expect(await page.locator('#root').innerText()).toBe(staticText);
      expect(warnings).toEqual([]);
      // Interactive: the search filters.
      await page.getByRole('searchbox').fill('softmax');
      await expect.poll(() => page.getByRole('article').count(), { timeout: 3000 }).toBe(1);
    },
  );

  test('a shared link with a search and a topic shows the filtered list; the header does not move', async () => {
    const url = 'fr/?q=graph&topics=deep-learning';
    const page = await open('');
    const bare = await openWithoutJavaScript(page, url);
    const headerBox = async (target: Page) => target.locator('header').first().boundingBox();
    const staticHeader = await headerBox(bare);
    await bare.context().close();
    // Every layout shift from the first paint on, with the elements that moved.
    await page.addInitScript(() => {
      const shifts: { value: number; tops: number[] }[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { previousRect: DOMRectReadOnly }[];
        })[])
          shifts.push({ value: entry.value, tops: entry.sources.map((source) => source.previousRect.top) });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(url, inject('baseUrl')).href);
    await expect
      .poll(() => page.getByRole('article').count())
      .toBeLessThan(loadServedProfile().publications.length);
    expect(await page.getByRole('searchbox').inputValue()).toBe('graph');
    expect(await headerBox(page)).toEqual(staticHeader);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { tops: number[] }[] }).shifts);
    // What moves is below the header: the list and the controls above it, which now show the search.
    for (const shift of shifts)
      for (const top of shift.tops)
        expect(top).toBeGreaterThanOrEqual(staticHeader!.y + staticHeader!.height);
  });

  test('when the data cannot load, the page stays readable and says so; Try again hydrates it', async () => {
    const page = await open('', { allowConsoleErrors: [/503/] });
    let fail = true;
    await page.route('**/profiles/*.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/could not be loaded/);
    expect(await page.getByRole('article').count()).toBe(loadServedProfile().publications.length);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('[data-index-ready="true"]').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('another profile by ?profile=', () => {
  test.each([
    { url: '', notFound: 'Profile not found', showDefault: 'Show the default profile' },
    { url: 'fr/', notFound: 'Profil introuvable', showDefault: 'Afficher le profil par défaut' },
  ])(
    '$url: the head names and describes the profile shown, and an error page has a title',
    async ({ url, notFound, showDefault }) => {
      const page = await open(url, { allowConsoleErrors: [/404/] });
      const second = { ...loadServedProfile(), id: 'second-profile', name: 'Second Member' };
      second.position = 'Professor of Hydration';
      await page.route('**/profiles/second-profile.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(second) }),
      );
      const head = () =>
        page.evaluate(() => ({
          title: document.title,
          descriptions: [...document.querySelectorAll('meta[name="description"]')].map(
            (meta) => (meta as HTMLMetaElement).content,
          ),
          // What the HTML said of its own profile: it describes another page now.
          aboutTheHtml: document.querySelectorAll(
            'meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]',
          ).length,
        }));

      await page.goto(new URL(`${url}?profile=second-profile`, inject('baseUrl')).href);
      await page.getByRole('heading', { level: 1, name: 'Second Member' }).waitFor();
      await expect.poll(async () => (await head()).descriptions).toHaveLength(1);
      const shown = await head();
      expect(shown.title).toContain('Second Member');
      expect(shown.descriptions[0]).toMatch(/^Professor of Hydration\. /);
      expect(shown.aboutTheHtml).toBe(0);

      await page.goto(new URL(`${url}?profile=nobody`, inject('baseUrl')).href);
      await page.getByRole('heading', { level: 1, name: notFound }).waitFor();
      expect((await head()).title).toBe(notFound);

      // Back to the default profile, in the same app: its name and description again.
      await page.getByRole('button', { name: showDefault }).click();
      const profile = loadServedProfile();
      await page.getByRole('heading', { level: 1, name: profile.name }).waitFor();
      await expect.poll(async () => (await head()).descriptions).toHaveLength(1);
      const back = await head();
      expect(back.title).toContain(profile.name);
      expect(back.descriptions[0]).toContain(profile.position ?? profile.name);
    },
  );
});

describe('in French', () => {
  test.each([
    { width: 375, colorScheme: 'light' as const },
    { width: 1280, colorScheme: 'dark' as const },
    { width: 375, colorScheme: 'dark' as const },
    { width: 1280, colorScheme: 'light' as const },
  ])('passes axe at $width px, $colorScheme', async ({ width, colorScheme }) => {
    const page = await open('fr/', { width, colorScheme });
    await expect.poll(() => page.locator('[data-index-ready="true"]').count()).toBe(1);
    await axeCheck(page, `fr/ at ${width} px, ${colorScheme}`);
  });
});

describe('in a sub-folder of another host', () => {
  test('both languages, the profile pages and another profile load with nothing missing', async () => {
    const page = await open();
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    const base = inject('subfolderUrl');
    for (const url of ['', 'fr/', `${DEFAULT_SLUG}/`, `fr/${DEFAULT_SLUG}/`]) {
      await page.goto(new URL(url, base).href);
      await expect.poll(() => page.locator('[data-index-ready="true"]').count()).toBe(1);
      await page.getByRole('searchbox').fill('softmax');
      await expect.poll(() => page.getByRole('article').count(), { timeout: 3000 }).toBe(1);
    }
    // Another profile of the same deployment, by the query string (fetched from the same folder).
    await page.route('**/profiles/second-profile.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...loadServedProfile(), id: 'second-profile', name: 'Second Member' }),
      }),
    );
    await page.goto(new URL('fr/?profile=second-profile', base).href);
    await page.getByRole('heading', { level: 1, name: 'Second Member' }).waitFor();
    expect(missing).toEqual([]);
  });
});
