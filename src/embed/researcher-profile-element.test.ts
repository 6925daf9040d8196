// @vitest-environment happy-dom
import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildProfile, buildPublication } from '../../tests/builders';
import { EVENTS } from './events';
import { ResearcherProfileElement } from './researcher-profile-element';

beforeAll(() => {
  if (!customElements.get('researcher-profile'))
    customElements.define('researcher-profile', ResearcherProfileElement);
});

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

const profile = buildProfile({
  name: 'Ada Researcher',
  topics: ['Optimization', 'Deep Learning'],
  publications: [
    buildPublication({ title: 'Softmax tricks', topics: ['Optimization'] }),
    buildPublication({ title: 'Deep nets', topics: ['Deep Learning'] }),
    buildPublication({ title: 'Both at once', topics: ['Optimization', 'Deep Learning'] }),
  ],
});

/** Adds `<researcher-profile>` with the attributes given; its JSON answers from a stubbed fetch. */
function setup(attributes: Record<string, string> = { src: '/data/ada-researcher.json' }) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(profile), { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  const listen = (event: Event) =>
    events.push({ type: event.type, detail: (event as CustomEvent).detail as Record<string, unknown> });
  // On the document: the events bubble out of the element.
  for (const type of Object.values(EVENTS)) document.addEventListener(type, listen);
  const element = document.createElement('researcher-profile');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const shadow = within(element.shadowRoot as unknown as HTMLElement);
  return { element, shadow, events, fetch, user: userEvent.setup({ document }) };
}

describe('<researcher-profile>', () => {
  test('renders the profile in its shadow root, the name one level below the host page’s title', async () => {
    const { element, shadow, fetch } = setup();
    expect(await shadow.findByRole('heading', { level: 2, name: 'Ada Researcher' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('http://localhost:3000/data/ada-researcher.json', expect.anything());
    expect(element.shadowRoot?.mode).toBe('open');
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    // Nothing rendered into the host's document: no title, no heading outside the shadow root.
    expect(document.head.querySelector('title')).toBeNull();
    expect(document.body.querySelectorAll('h1, h2')).toHaveLength(0);
  });

  test('fires ready, then change with the view, both bubbling out of the shadow root', async () => {
    const { shadow, events, user, element } = setup();
    await waitFor(() =>
      expect(
        events.map((event) => event.type),
        JSON.stringify(events),
      ).toEqual([EVENTS.ready]),
    );
    expect(events[0]?.detail).toMatchObject({ shown: 3, total: 3, query: '', topics: [], mode: 'any' });

    await user.click(await shadow.findByRole('button', { name: /^Optimization/ }));
    await waitFor(() => expect(events.at(-1)?.type).toBe(EVENTS.change));
    expect(events.at(-1)?.detail).toMatchObject({
      src: '/data/ada-researcher.json',
      topics: ['Optimization'],
      shown: 2,
      total: 3,
    });
    expect(element.getAttribute('src')).toBe('/data/ada-researcher.json');
  });

  test('a missing src shows what to write, fires error, and setting it loads the profile', async () => {
    const { element, shadow, events } = setup({});
    expect(await shadow.findByRole('heading', { name: 'This profile cannot be shown' })).toBeInTheDocument();
    expect(shadow.getByText(/has no src attribute/)).toBeInTheDocument();
    expect(events).toEqual([expect.objectContaining({ type: EVENTS.error })]);
    expect(events[0]?.detail).toMatchObject({ name: 'MissingSource' });

    element.setAttribute('src', 'ada-researcher.json');
    expect(await shadow.findByRole('heading', { name: 'Ada Researcher' })).toBeInTheDocument();
    expect(shadow.queryByText(/has no src attribute/)).toBeNull();
  });

  test('an unusable src names itself in the error view', async () => {
    const { shadow, events } = setup({ src: 'profile.json?v=2' });
    expect(await shadow.findByText(/The src “profile\.json\?v=2” is not the URL/)).toBeInTheDocument();
    expect(events[0]?.detail).toMatchObject({ name: 'UnusableSource', src: 'profile.json?v=2' });
  });

  test('a profile that cannot be fetched shows the failed-load view and fires error', async () => {
    const { shadow, events, fetch } = setup();
    fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await shadow.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      /network request failed/,
    );
    await waitFor(() => expect(events.at(-1)?.detail).toMatchObject({ name: 'ProfileLoadError' }));
  });

  test('attributes update it in place: heading level, theme and language', async () => {
    const { element, shadow } = setup({ src: '/ada-researcher.json', 'heading-level': '3', theme: 'dark' });
    const name = await shadow.findByRole('heading', { level: 3, name: 'Ada Researcher' });
    const root = element.shadowRoot?.querySelector('[data-theme]');
    expect(root?.getAttribute('data-theme')).toBe('dark');
    expect(root?.getAttribute('lang')).toBe('en');

    element.setAttribute('theme', 'light');
    element.setAttribute('heading-level', 'nonsense');
    await waitFor(() => expect(root?.getAttribute('data-theme')).toBe('light'));
    expect(await shadow.findByRole('heading', { level: 2, name: 'Ada Researcher' })).not.toBe(name);
  });

  test('speaks the language of its lang attribute, else of the host around it', async () => {
    const french = setup({ src: '/ada-researcher.json', lang: 'fr' });
    expect(
      await french.shadow.findByRole('searchbox', { name: 'Rechercher dans les publications' }),
    ).toBeInTheDocument();
    expect(french.element.shadowRoot?.querySelector('[data-theme]')?.getAttribute('lang')).toBe('fr');

    const section = document.createElement('section');
    section.lang = 'fr-CA';
    document.body.append(section);
    const inherited = document.createElement('researcher-profile');
    inherited.setAttribute('src', '/ada-researcher.json');
    section.append(inherited);
    const inside = within(inherited.shadowRoot as unknown as HTMLElement);
    expect(await inside.findByRole('combobox', { name: 'Trier par' })).toBeInTheDocument();

    french.element.setAttribute('lang', 'en');
    expect(await french.shadow.findByRole('searchbox', { name: 'Search publications' })).toBeInTheDocument();
  });

  test('removing it unmounts React and its URL listener; adding it back works', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    const { element, shadow } = setup({ src: '/ada-researcher.json', 'sync-url': '', id: 'ada' });
    await shadow.findByRole('heading', { name: 'Ada Researcher' });

    element.remove();
    await waitFor(() => expect(element.shadowRoot?.childElementCount).toBe(0));
    expect(removed).toHaveBeenCalledWith('popstate', expect.any(Function));

    document.body.append(element);
    expect(await shadow.findByRole('heading', { name: 'Ada Researcher' })).toBeInTheDocument();
  });

  test('with sync-url its keys carry its id as a prefix; without it the URL is left alone', async () => {
    window.history.replaceState(null, '', '/people?page=2');
    const synced = setup({ src: '/ada-researcher.json', 'sync-url': '', id: 'ada' });
    const plain = setup({ src: '/ada-researcher.json' });
    await synced.shadow.findByRole('heading', { name: 'Ada Researcher' });
    await plain.shadow.findByRole('heading', { name: 'Ada Researcher' });

    await plain.user.click(await plain.shadow.findByRole('button', { name: /^Deep Learning/ }));
    await waitFor(() => expect(plain.shadow.getByRole('status')).toHaveTextContent(/Showing 2 of 3/));
    expect(window.location.search).toBe('?page=2');

    await synced.user.click(await synced.shadow.findByRole('button', { name: /^Optimization/ }));
    await waitFor(() => expect(window.location.search).toBe('?page=2&ada_topics=optimization'));
    expect(synced.shadow.getByRole('status')).toHaveTextContent(/Showing 2 of 3/);
  });

  test('"/" works only while focus is inside the element, and never takes the host’s key', async () => {
    const { shadow, user } = setup();
    const searchbox = await shadow.findByRole('searchbox', { name: 'Search publications' });
    const hostField = document.createElement('input');
    hostField.setAttribute('aria-label', 'Host search');
    const hostButton = document.createElement('button');
    document.body.prepend(hostField, hostButton);

    hostButton.focus();
    const hostKey = new KeyboardEvent('keydown', {
      key: '/',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    hostButton.dispatchEvent(hostKey);
    expect(hostKey.defaultPrevented).toBe(false);
    expect(element(searchbox).activeElement).not.toBe(searchbox);

    await user.click(shadow.getByRole('button', { name: /^Optimization/ }));
    await user.keyboard('/');
    expect(element(searchbox).activeElement).toBe(searchbox);
  });
});

/** Where focus is inside the element: the shadow root's own active element. */
const element = (node: Node) => node.getRootNode() as ShadowRoot;
