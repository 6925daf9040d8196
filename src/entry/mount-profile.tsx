import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from '../app/app';
import { isExpectedProfileError } from '../app/profile-error';

export interface MountOptions extends Omit<AppProps, 'queryClient'> {
  /** Every error the page shows instead of the profile (not found, invalid, load failure, bug). */
  onError?: (error: unknown) => void;
}

export interface MountedProfile {
  /** Renders again with some options changed; the rest stay as they were. */
  update(changes: Partial<MountOptions>): void;
  unmount(): void;
}

/**
 * The one place the app is mounted: the standalone page, the custom element and the iframe page all
 * call this. A `hydrate` option for prerendered HTML belongs here too (hydrateRoot instead of
 * createRoot), so the three entries keep one code path.
 */
export function mountProfile(container: Element | DocumentFragment, options: MountOptions): MountedProfile {
  let current = options;
  const root = createRoot(container, {
    // The page explains these itself (not found, invalid data, network down): no console noise.
    onCaughtError(error, info) {
      if (!isExpectedProfileError(error)) console.error(error, info.componentStack);
      current.onError?.(error);
    },
  });
  const render = () => {
    const { onError: _onError, ...props } = current;
    root.render(
      <StrictMode>
        <App {...props} />
      </StrictMode>,
    );
  };
  render();
  return {
    update(changes) {
      current = { ...current, ...changes };
      render();
    },
    unmount: () => root.unmount(),
  };
}
