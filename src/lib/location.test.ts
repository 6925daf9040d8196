import { describe, expect, it, vi } from 'vitest';
import { createHistoryLocation, createMemoryLocation } from './location';

describe('createMemoryLocation', () => {
  it('pushes, replaces and goes back, telling subscribers each time', () => {
    const location = createMemoryLocation('?q=a');
    const listener = vi.fn();
    location.subscribe(listener);

    location.push(new URLSearchParams('q=b'));
    location.replace(new URLSearchParams('q=c'));
    expect(location.read().get('q')).toBe('c');
    expect(location.length).toBe(2);

    location.back();
    expect(location.read().get('q')).toBe('a');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('hands out copies, so callers cannot change the history by accident', () => {
    const location = createMemoryLocation('q=a');
    location.read().set('q', 'changed');
    expect(location.read().get('q')).toBe('a');
  });
});

describe('createHistoryLocation', () => {
  it('writes the query string and keeps the path and hash', () => {
    window.history.replaceState(null, '', '/some/page?profile=x#top');
    const location = createHistoryLocation(window);

    location.push(new URLSearchParams('profile=x&q=net'));
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/some/page?profile=x&q=net#top',
    );

    location.replace(new URLSearchParams());
    expect(window.location.search).toBe('');
  });

  it('tells subscribers about Back and stops listening after unsubscribe', async () => {
    window.history.replaceState(null, '', '/?a=1');
    const location = createHistoryLocation(window);
    const listener = vi.fn();
    const unsubscribe = location.subscribe(listener);
    location.push(new URLSearchParams('a=2'));

    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(location.read().get('a')).toBe('1');

    unsubscribe();
    location.push(new URLSearchParams('a=3'));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
