// @vitest-environment node
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../scripts/lib/directory/build-directory';
import { buildProfile, buildPublication } from '../../tests/builders';
import { renderSite } from './render-site';

const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

// Two members who wrote a paper together, and one paper each.
const shared = buildPublication({
  id: 'shared',
  title: 'Written together',
  authors: ['Ada Researcher', 'Bo Member'],
});
const ada = buildProfile({ publications: [shared, buildPublication({ id: 'ada-own', title: 'Ada alone' })] });
const bo = buildProfile({
  id: 'bo-member',
  name: 'Bo Member',
  publications: [
    { ...shared, authors: ['Ada Researcher', 'Bo Member'] },
    buildPublication({ id: 'bo-own', title: 'Bo alone', authors: ['Bo Member'] }),
  ],
});

async function render(defaultSlug: string | undefined) {
  const directory = buildDirectory([ada, bo], {
    institute: { name: 'Some Institute', url: 'https://institute.example/' },
  });
  const pages = await renderSite({
    template,
    profiles: [ada, bo].map((data) => ({ slug: data.id, data })),
    defaultSlug,
    institute: { name: 'Some Institute', url: 'https://institute.example/' },
    directory: { members: directory.members.members, institute: directory.institute },
  });
  const page = (file: string) => {
    const html = pages.find((candidate) => candidate.file === file)?.html;
    if (html === undefined)
      throw new Error(`no ${file} among ${pages.map((candidate) => candidate.file).join(', ')}`);
    return new JSDOM(html).window.document;
  };
  return { files: pages.map(({ file }) => file).sort(), page };
}

describe('renderSite', () => {
  it('writes every profile, the members page and the institute list in both languages', async () => {
    const { files } = await render('ada-researcher');
    expect(files).toEqual(
      [
        'index.html',
        'fr/index.html',
        'ada-researcher/index.html',
        'fr/ada-researcher/index.html',
        'bo-member/index.html',
        'fr/bo-member/index.html',
        'people/index.html',
        'fr/people/index.html',
        'publications/index.html',
        'fr/publications/index.html',
      ].sort(),
    );
  });

  it('shows the members page at the root when no profile is the default', async () => {
    const { page } = await render(undefined);
    for (const file of ['index.html', 'fr/index.html']) {
      const document = page(file);
      expect(document.getElementById('root')!.dataset.page).toBe('members');
      expect(document.querySelectorAll('article')).toHaveLength(2);
    }
  });

  it('links a co-author who is a member to their profile, in the page’s language', async () => {
    const { page } = await render('ada-researcher');
    const english = page('ada-researcher/index.html');
    const link = english.querySelector('a[href="../bo-member/"]');
    expect(link?.getAttribute('aria-label') ?? link?.textContent).toMatch(/Bo Member/);
    // The client loads the members before it hydrates, to render the same links.
    expect(english.getElementById('root')!.dataset.memberLinks).toBe('ada-researcher/');
    expect(
      page('fr/ada-researcher/index.html').querySelector('a[href="../../fr/bo-member/"]'),
    ).not.toBeNull();
    // The owner's own name is no link to their own page.
    expect(english.querySelector('a[href="../ada-researcher/"], a[href="./"]')).toBeNull();
  });

  it('lists a paper two members share once on the institute list', async () => {
    const { page } = await render('ada-researcher');
    const titles = [...page('publications/index.html').querySelectorAll('article h3')].map(
      (heading) => heading.textContent,
    );
    expect(titles.filter((title) => title === 'Written together')).toHaveLength(1);
    expect(titles).toHaveLength(3);
  });
});
