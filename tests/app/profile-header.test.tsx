import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../builders';
import { renderApp } from '../render-app';

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
    expect(screen.getByText('Fellow')).toBeInTheDocument();
  });

  it('shows initials with the same name when the portrait fails to load', async () => {
    renderApp({
      data: buildProfile({ portrait: { src: 'https://example.org/missing.jpg', alt: 'Portrait of Ada' } }),
    });
    const image = await screen.findByRole('img', { name: 'Portrait of Ada' });

    fireEvent.error(image);

    const avatar = screen.getByRole('img', { name: 'Portrait of Ada' });
    expect(avatar.tagName).not.toBe('IMG');
    expect(avatar).toHaveTextContent('AR');
  });

  it('shows initials when there is no portrait', async () => {
    renderApp({ data: buildProfile({ portrait: null }) });

    expect(await screen.findByRole('img', { name: 'Ada Researcher' })).toHaveTextContent('AR');
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
