import { createElement, lazy, useState, type ComponentType } from 'react';

export interface OptionalPart<Props extends object> {
  (props: Props): ReturnType<typeof createElement>;
  /**
   * Loads the part ahead of its first render, which then renders it at once instead of waiting on
   * it: a prerendered page hydrates with the part already there, so an early update cannot find it
   * still loading (React would then render the boundary afresh, and the part would blink out).
   */
  preload(): Promise<void>;
}

/**
 * A part of the page loaded on demand, after the list: if its chunk cannot be loaded (offline, or a
 * deploy replaced it), the page goes on without it instead of failing as a whole.
 */
export function lazyOptional<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): OptionalPart<Props> {
  let loaded: ComponentType<Props> | undefined;
  const loadOnce = async () => (loaded ??= await load());
  const Lazy = lazy(async () => {
    try {
      return { default: await loadOnce() };
    } catch {
      return { default: () => null };
    }
  });
  const Optional = (props: Props) => {
    // Chosen once per mount: switching from the lazy wrapper to the part itself later would remount it.
    const [type] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return createElement(type, props);
  };
  Optional.preload = () =>
    loadOnce().then(
      () => undefined,
      () => undefined,
    );
  return Optional;
}
