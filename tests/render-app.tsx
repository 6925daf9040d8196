import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/app/app';
import type { ProfileSource } from '../src/data/profile-source';
import { createHistoryLocation, createMemoryLocation, type LocationAdapter } from '../src/lib/location';
import type { Messages } from '../src/i18n/en';
import { buildProfile } from './builders';

interface Options {
  /** Profile data given inline (validated like fetched data); a built profile by default. */
  data?: unknown;
  /** Overrides `data`, e.g. a URL source with a mocked `fetch`. */
  source?: ProfileSource;
  /** The page's query string, e.g. `?q=softmax&topics=optimization`. */
  url?: string;
  /** Use the real (jsdom) window.history instead of an in-memory one. */
  realHistory?: boolean;
  ownsDocument?: boolean;
  messages?: Messages;
}

/** Renders the whole page as a visitor gets it, with a fresh cache and no retries' waiting. */
export function renderApp({
  data = buildProfile(),
  source,
  url = '',
  realHistory = false,
  ownsDocument = false,
  messages,
}: Options = {}) {
  const queryClient = new QueryClient({
    // The profile query keeps its own retry policy; a zero delay makes its retries instant.
    defaultOptions: { queries: { retry: false, retryDelay: 0 } },
  });
  let location: LocationAdapter;
  let memory: ReturnType<typeof createMemoryLocation> | undefined;
  if (realHistory) {
    window.history.replaceState(null, '', `/${url}`);
    location = createHistoryLocation(window);
  } else {
    memory = createMemoryLocation(url.replace(/^\?/, ''));
    location = memory;
  }
  const user = userEvent.setup();
  const result = render(
    <App
      source={source ?? { kind: 'inline', slug: 'ada-researcher', data }}
      location={location}
      queryClient={queryClient}
      ownsDocument={ownsDocument}
      messages={messages}
    />,
  );
  const params = () => location.read();
  return { ...result, user, location, memory, params, queryClient };
}
