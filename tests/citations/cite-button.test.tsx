import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { Publication } from '../../src/data/profile-schema';
import { CiteButton } from '../../src/features/citations/components/cite-button';
import { buildPublication } from '../builders';
import { polyfillDialog } from './dialog-polyfill';

const loading = vi.hoisted(() => ({ fail: false }));
vi.mock('../../src/features/citations/components/load-on-demand', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../src/features/citations/components/load-on-demand')>();
  return {
    ...real,
    loadCiteDialog: () => (loading.fail ? Promise.reject(new Error('offline')) : real.loadCiteDialog()),
  };
});

beforeAll(polyfillDialog);

function setup(overrides: Partial<Publication> = {}) {
  loading.fail = false;
  const publication = buildPublication({
    title: 'Training LLMs at 100% & more',
    authors: ['Matko Bošnjak', 'Razvan Pascanu'],
    year: 2024,
    ...overrides,
  });
  const user = userEvent.setup();
  render(<CiteButton publication={publication} />);
  const citeButton = screen.getByRole('button', { name: `Cite ${publication.title}` });
  const openDialog = async () => {
    await user.click(citeButton);
    return screen.findByRole('dialog', { name: 'Cite this publication' });
  };
  const entryField = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX entry' });
  return { user, publication, citeButton, openDialog, entryField };
}

describe('CiteButton', () => {
  test('its name starts with the visible "Cite" and names the paper', () => {
    const { citeButton } = setup();
    expect(citeButton).toHaveTextContent(/^Cite/);
    expect(citeButton).toHaveAccessibleName('Cite Training LLMs at 100% & more');
  });

  test('opens a dialog with the entry, focus inside; Close returns focus to the button', async () => {
    const { user, citeButton, openDialog, entryField } = setup();
    const dialog = await openDialog();

    expect(dialog).toHaveAccessibleDescription('Training LLMs at 100% & more');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(entryField()).toHaveAttribute('readonly');
    expect(entryField().value).toMatch(/^@inproceedings\{bosnjak2024training,\n/);
    expect(entryField().value).toContain('title = {Training {LLMs} at 100\\% \\& more}');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(citeButton).toHaveFocus();
  });

  test('UTF-8 by default; the ASCII choice writes LaTeX escapes', async () => {
    const { user, openDialog, entryField } = setup();
    await openDialog();
    expect(screen.getByRole('radio', { name: 'UTF-8' })).toBeChecked();
    expect(entryField().value).toContain('Bošnjak, Matko');

    await user.click(screen.getByRole('radio', { name: 'ASCII (LaTeX escapes)' }));
    expect(entryField().value).toContain('Bo{\\v{s}}njak, Matko');
  });

  test('Copy puts the entry shown on the clipboard and says so in a status', async () => {
    const { user, openDialog, entryField } = setup();
    await openDialog();
    await user.click(screen.getByRole('radio', { name: 'ASCII (LaTeX escapes)' }));
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));

    expect(await navigator.clipboard.readText()).toBe(entryField().value);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');

    // Another encoding is another text: not copied yet.
    await user.click(screen.getByRole('radio', { name: 'UTF-8' }));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('where the clipboard API is refused, the older copy command is used', async () => {
    const { user, openDialog, entryField } = setup();
    await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;

    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(entryField().selectionEnd - entryField().selectionStart).toBe(entryField().value.length);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  test('where every way to copy is refused, the entry is selected and the visitor told to press Ctrl+C', async () => {
    const { user, openDialog, entryField } = setup();
    await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    document.execCommand = vi.fn(() => false);

    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
    expect(screen.getByRole('status')).not.toHaveTextContent(/^Copied$/);
    expect(entryField()).toHaveFocus();
    expect(entryField().selectionEnd - entryField().selectionStart).toBe(entryField().value.length);
  });

  test('a failed load says so, and trying again opens the dialog', async () => {
    const { user, citeButton, openDialog } = setup();
    loading.fail = true;
    await user.click(citeButton);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    loading.fail = false;
    await openDialog();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('with the profile as key scope, the key is the one the export gives it', async () => {
    const first = buildPublication({ authors: ['Clare Lyle'], year: 2024, title: 'Plasticity' });
    const second = buildPublication({ authors: ['Clare Lyle'], year: 2024, title: 'Plasticity again' });
    const user = userEvent.setup();
    render(<CiteButton publication={second} keyScope={[first, second]} />);
    await user.click(screen.getByRole('button', { name: /^Cite Plasticity again/ }));
    await screen.findByRole('dialog');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX entry' }).value).toMatch(
      /^@inproceedings\{lyle2024plasticityb,/,
    );
  });
});
