import { lazy, type ComponentType } from 'react';

/**
 * A part of the page loaded on demand, after the list: if its chunk cannot be loaded (offline, or a
 * deploy replaced it), the page goes on without it instead of failing as a whole.
 */
export function lazyOptional<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch {
      return { default: () => null };
    }
  });
}
