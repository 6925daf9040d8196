import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../builders';
import { renderApp } from '../render-app';

/** The header holding the name (inside <main>, a <header> is no banner landmark). */
const header = async () => {
  const name = await screen.findByRole('heading', { level: 1 });
  const element = name.closest('header');
  if (!element) throw new Error('the name is not in a <header>');
  return element;
};

describe('the profile header', () => {
  it('shows the portrait, name, position and membership', async () => {
    renderApp({
      data: buildProfile({
        portrait: { src: 'https://example.org/ada.jpg', alt: 'Ada Researcher, smiling' },
        position: 'Research Scientist, Example Lab',
        membership: 'Fellow',
      }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Researcher' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Ada Researcher, smiling' })).toHaveAttribute(
      'src',
      'https://example.org/ada.jpg',
    );
    expect(screen.getByText('Research Scientist, Example Lab')).toBeInTheDocument();
    expect(screen.getByText(/^Fellow/)).toBeInTheDocument();
  });

  it('does not announce the initials as a portrait when the image fails to load', async () => {
    renderApp({
      data: buildProfile({ portrait: { src: 'https://example.org/missing.jpg', alt: 'Portrait of Ada' } }),
    });
    const image = await screen.findByRole('img', { name: 'Portrait of Ada' });

    fireEvent.error(image);

    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('AR')).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows initials, hidden from assistive technology, when there is no image', async () => {
    renderApp({ data: buildProfile({ portrait: { src: null, alt: 'Portrait of Ada Researcher' } }) });

    expect(within(await header()).queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('AR')).toHaveAttribute('aria-hidden', 'true');
  });

  it('never renders a portrait from a URL that is not http(s) or a path in the site', async () => {
    renderApp({ data: buildProfile({ portrait: { src: 'javascript:alert(1)', alt: 'Portrait of Ada' } }) });

    expect(within(await header()).queryByRole('img')).not.toBeInTheDocument();
  });

  it("names the institute of the membership, with a link to the institute's site", async () => {
    renderApp({ data: buildProfile({ membership: 'Affiliate Member' }) });

    const banner = await header();
    const institute = within(banner).getByRole('link', {
      name: 'Mila – Quebec Artificial Intelligence Institute',
    });
    expect(institute).toHaveAttribute('href', 'https://mila.quebec/en');
    expect(institute).not.toHaveAttribute('target');
    expect(institute.parentElement).toHaveTextContent(
      'Affiliate Member, Mila – Quebec Artificial Intelligence Institute',
    );
  });

  it('names the institute on its own when the profile has no membership', async () => {
    renderApp({ data: buildProfile({ membership: null }) });

    const institute = within(await header()).getByRole('link', {
      name: 'Mila – Quebec Artificial Intelligence Institute',
    });
    expect(institute.parentElement).toHaveTextContent(/^Mila – Quebec Artificial Intelligence Institute$/);
  });

  it('lists the profile links, each named for where it goes, opening in the same tab', async () => {
    renderApp({
      data: buildProfile({
        links: {
          homepage: 'https://ada.example.org/',
          googleScholar: 'https://scholar.google.com/citations?user=abc123',
          orcid: '0000-0002-1825-0097',
          dblp: 'https://dblp.org/pid/00/0000.html',
          github: 'ada-r',
          email: 'ada@example.org',
        },
      }),
    });

    const banner = await header();
    const expected = [
      ['Mila – Quebec Artificial Intelligence Institute', 'https://mila.quebec/en'],
      ['Homepage', 'https://ada.example.org/'],
      ['Google Scholar', 'https://scholar.google.com/citations?user=abc123'],
      ['ORCID', 'https://orcid.org/0000-0002-1825-0097'],
      ['DBLP', 'https://dblp.org/pid/00/0000.html'],
      ['GitHub', 'https://github.com/ada-r'],
      ['ada@example.org', 'mailto:ada@example.org'],
    ];
    for (const [name, href] of expected)
      expect(within(banner).getByRole('link', { name })).toHaveAttribute('href', href);
    const links = within(banner).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(expected.map(([name]) => name));
    for (const link of links) expect(link).not.toHaveAttribute('target');
  });

  it('shows only the links the profile has', async () => {
    renderApp({ data: buildProfile({ links: { orcid: '0000-0002-1825-0097' } }) });

    const banner = await header();
    expect(within(banner).getByRole('link', { name: 'ORCID' })).toHaveAttribute(
      'href',
      'https://orcid.org/0000-0002-1825-0097',
    );
    expect(within(banner).getAllByRole('link')).toHaveLength(2);
  });

  it('names the document after the profile only when it owns the page', async () => {
    const embedded = renderApp({ data: buildProfile() });
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('');
    embedded.unmount();

    renderApp({ data: buildProfile(), ownsDocument: true });
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Ada Researcher · Publications');
  });
});
