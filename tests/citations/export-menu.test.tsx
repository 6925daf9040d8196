import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Publication } from '../../src/data/profile-schema';
import { ExportMenu } from '../../src/features/citations/components/export-menu';
import { buildPublication } from '../builders';

const loading = vi.hoisted(() => ({ fail: false }));
vi.mock('../../src/features/citations/components/load-on-demand', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../src/features/citations/components/load-on-demand')>();
  return {
    ...real,
    loadExportPanel: () => (loading.fail ? Promise.reject(new Error('offline')) : real.loadExportPanel()),
  };
});

interface Download {
  name: string;
  text: string;
  type: string;
}

/** Catches what the page hands to the browser's downloads, instead of navigating jsdom to a blob. */
function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (!blob) throw new Error(`clicked a link to ${this.href}, not a blob`);
    const download = { name: this.download, text: '', type: blob.type };
    downloads.push(download);
    void blob.text().then((text) => (download.text = text));
  });
  return downloads;
}

function setup(publications: Publication[], keyScope?: Publication[]) {
  loading.fail = false;
  const user = userEvent.setup();
  const downloads = catchDownloads();
  render(
    <>
      <ExportMenu publications={publications} profileSlug="ada-researcher" keyScope={keyScope} />
      <button type="button">The next control</button>
    </>,
  );
  const toggle = screen.getByRole('button', { name: 'Export' });
  /** Export, then wait for its panel (loaded on first use). */
  const openPanel = async () => {
    await user.click(toggle);
    await vi.waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
  };
  return { user, downloads, toggle, openPanel };
}

const shown = () => [
  buildPublication({ title: 'Plasticity in {deep} networks', authors: ['Clare Lyle'], year: 2024 }),
  buildPublication({ title: 'Miłoś on memory', authors: ['Piotr Miłoś'], year: 2023, kind: 'preprint' }),
];

describe('ExportMenu', () => {
  test('a disclosure: Export shows the formats, Esc hides them and keeps focus on Export', async () => {
    const { user, toggle, openPanel } = setup(shown());
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'BibTeX (.bib)' })).not.toBeInTheDocument();

    await openPanel();
    expect(screen.getByRole('list', { name: 'Download the 2 publications shown as:' })).toBeVisible();

    await user.keyboard('{Tab}{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  test('BibTeX downloads <slug>-publications.bib with one entry per publication shown, in order', async () => {
    const publications = shown();
    const { user, downloads, toggle, openPanel } = setup(publications);
    await openPanel();
    await user.click(screen.getByRole('button', { name: 'BibTeX (.bib)' }));

    await vi.waitFor(() => expect(downloads[0]?.text).toBeTruthy());
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('ada-researcher-publications.bib');
    expect([...downloads[0]!.text.matchAll(/^@(\w+)\{(\w+),$/gm)].map((match) => match.slice(1))).toEqual([
      ['inproceedings', 'lyle2024plasticity'],
      ['misc', 'milos2023milos'],
    ]);
    expect(downloads[0]!.text).toContain('Miłoś, Piotr');
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded ada-researcher-publications.bib');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  test('the ASCII BibTeX file has LaTeX escapes and nothing but ASCII', async () => {
    const { user, downloads, openPanel } = setup(shown());
    await openPanel();
    await user.click(screen.getByRole('button', { name: 'BibTeX, ASCII (.bib)' }));

    await vi.waitFor(() => expect(downloads[0]?.text).toBeTruthy());
    expect(downloads[0]!.name).toBe('ada-researcher-publications-ascii.bib');
    expect(downloads[0]!.text).toContain("Mi{\\l}o{\\'s}, Piotr");
    // eslint-disable-next-line no-control-regex -- "only ASCII" includes the control characters
    expect(downloads[0]!.text).toMatch(/^[\u0000-\u007f]*$/);
  });

  test('CSL-JSON downloads <slug>-publications.json holding the publications shown', async () => {
    const publications = shown();
    const { user, downloads, openPanel } = setup(publications);
    await openPanel();
    await user.click(screen.getByRole('button', { name: 'CSL-JSON (.json)' }));

    await vi.waitFor(() => expect(downloads[0]?.text).toBeTruthy());
    expect(downloads[0]!.name).toBe('ada-researcher-publications.json');
    expect(downloads[0]!.type).toBe('application/vnd.citationstyles.csl+json');
    const items = JSON.parse(downloads[0]!.text) as { title: string }[];
    expect(items.map((item) => item.title)).toEqual(publications.map((publication) => publication.title));
  });

  test('keys come from the whole profile, so a filtered export keeps them', async () => {
    const first = buildPublication({ authors: ['Clare Lyle'], year: 2024, title: 'Plasticity' });
    const second = buildPublication({ authors: ['Clare Lyle'], year: 2024, title: 'Plasticity again' });
    const { user, downloads, openPanel } = setup([second], [first, second]);
    await openPanel();
    await user.click(screen.getByRole('button', { name: 'BibTeX (.bib)' }));
    await vi.waitFor(() => expect(downloads[0]?.text).toMatch(/^@inproceedings\{lyle2024plasticityb,/));
  });

  test('with nothing shown it says there is nothing to export and offers no download', async () => {
    const { openPanel } = setup([]);
    await openPanel();
    expect(screen.getByText('Nothing to export.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /\.bib|\.json/ })).not.toBeInTheDocument();
  });

  test('a failed load says so; Export again loads the choices', async () => {
    const { user, downloads, toggle } = setup(shown());
    loading.fail = true;
    await user.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this.');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    loading.fail = false;
    await user.click(toggle);
    await user.click(await screen.findByRole('button', { name: 'BibTeX (.bib)' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('moving focus out of the panel hides it', async () => {
    const { user, toggle, openPanel } = setup(shown());
    await openPanel();
    await user.tab(); // into the panel
    await user.tab();
    await user.tab();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab(); // past the last format
    expect(screen.getByRole('button', { name: 'The next control' })).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
