import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { App, type AppProps } from '../app/app';
import { isExpectedProfileError } from '../app/profile-error';

export interface MountOptions extends AppProps {
  /** Every error the page shows instead of the profile (not found, invalid, load failure, bug). */
  onError?: (error: unknown) => void;
  /** The container holds this app's prerendered HTML: adopt it (hydrateRoot) instead of replacing it. */
  hydrate?: boolean;
}

export interface MountedProfile {
  /** Renders again with some options changed; the rest stay as they were. */
  update(changes: Partial<MountOptions>): void;
  unmount(): void;
}

/**
 * The one place the app is mounted: the standalone and prerendered pages, the custom element and the
 * iframe page all call this, so they keep one code path.
 */
export function mountProfile(container: Element | DocumentFragment, options: MountOptions): MountedProfile {
  let current = options;
  const rootOptions: RootOptions = {
    // The page explains these itself (not found, invalid data, network down): no console noise.
    onCaughtError(error, info) {
      if (!isExpectedProfileError(error)) console.error(error, info.componentStack);
      current.onError?.(error);
    },
  };
  const element = () => {
    const { onError: _onError, hydrate: _hydrate, ...props } = current;
    return (
      <StrictMode>
        <App {...props} />
      </StrictMode>
    );
  };
  const hydrating = options.hydrate === true && container instanceof Element;
  const root = hydrating
    ? hydrateRoot(container, element(), rootOptions)
    : createRoot(container, rootOptions);
  const render = () => root.render(element());
  if (!hydrating) render();
  return {
    update(changes) {
      current = { ...current, ...changes };
      render();
    },
    unmount: () => root.unmount(),
  };
}
