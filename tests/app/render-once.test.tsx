import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

// Counts how often cards render, by wrapping the real component.
const cardRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/features/publications/components/publication-card', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/features/publications/components/publication-card')>();
  return {
    PublicationCard: (props: Parameters<typeof original.PublicationCard>[0]) => {
      cardRenders.count += 1;
      return original.PublicationCard(props);
    },
  };
});

describe('rendering while a visitor types', () => {
  it('does not render the list again when the typed query reaches the URL', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user, params } = renderApp({ data: sampleProfile() });
      const searchbox = await screen.findByRole('searchbox', { name: 'Search publications' });
      await user.type(searchbox, 'graph');
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
      const before = cardRenders.count;
      expect(params().get('q')).toBeNull();

      await act(() => vi.advanceTimersByTimeAsync(1_000));

      expect(params().get('q')).toBe('graph');
      expect(cardRenders.count).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});
