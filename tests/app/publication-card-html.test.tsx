import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ownerNameKeys } from '../../src/data/owner-names';
import type { Publication } from '../../src/data/profile-schema';
import { PublicationCard } from '../../src/features/publications/components/publication-card';
import { unmatched } from '../../src/features/publications/search/publication-match';
import { en, type Messages } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { MessagesProvider } from '../../src/i18n/messages-context';
import { MemberLinksProvider, type MemberHref } from '../../src/lib/member-links';
import { OWNER } from '../builders';
import { sampleProfile } from './sample-profile';

const profile = sampleProfile();
const titled = (start: string) => {
  const publication = profile.publications.find(({ title }) => title.startsWith(start));
  if (!publication) throw new Error(`no sample publication titled "${start}…"`);
  return publication;
};

/** One card as the page renders it, outside any search (as the prerender and hydration see it). */
function card(
  publication: Publication,
  { messages = en, memberHref }: { messages?: Messages; memberHref?: MemberHref } = {},
) {
  return (
    <MessagesProvider value={messages}>
      <MemberLinksProvider value={memberHref}>
        <PublicationCard
          match={unmatched(publication)}
          ownerNames={ownerNameKeys(profile)}
          selectedTopics={[]}
          onAuthor={() => {}}
          allPublications={profile.publications}
        />
      </MemberLinksProvider>
    </MessagesProvider>
  );
}

/** The server's HTML as a browser parses it, in a container in the page. */
function parsed(html: string) {
  const container = document.createElement('div');
  container.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(container);
  return container;
}

const textOf = (html: string) => (parsed(html).textContent ?? '').replace(/\s+/g, ' ');

/** Puts the server's HTML in the page and hydrates it with the same element, recording every complaint. */
async function hydrate(element: ReactElement) {
  const html = renderToString(element);
  const container = parsed(html);
  const consoleError = vi.spyOn(console, 'error');
  const onRecoverableError = vi.fn();
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError });
  });
  return { html, container, consoleError, onRecoverableError, unmount: () => act(() => root?.unmount()) };
}

/**
 * The page's markup, except the tab stops of the card's links-and-citation toolbar, which
 * RovingToolbar hands out in an effect after hydration (no visible change; before it, each link is a
 * Tab stop of its own).
 */
function markup(container: HTMLElement) {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const control of copy.querySelectorAll(
    `[role="toolbar"][aria-label="${en.card.actions}"] [tabindex], [role="toolbar"][aria-label="${fr.card.actions}"] [tabindex]`,
  ))
    control.removeAttribute('tabindex');
  return copy.innerHTML;
}

const memberHref: MemberHref = (name) =>
  ({ 'James Kirkpatrick': '../james-kirkpatrick/', [OWNER]: '../ada-researcher/' })[name];

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("a card's server HTML", () => {
  it.each(profile.publications.map((publication) => [publication.title, publication] as const))(
    'holds the whole abstract and every author: %s',
    (_, publication) => {
      const text = textOf(renderToString(card(publication)));

      if (publication.abstract) expect(text).toContain(publication.abstract.replace(/\s+/g, ' '));
      for (const author of publication.authors) expect(text).toContain(author);
    },
  );

  it('hydrates with no warning, no recovered error and no change to the page, in English and French, with member links', async () => {
    for (const publication of [
      titled('Overcoming catastrophic'),
      titled('On the difficulty'),
      titled('Progressive'),
    ])
      for (const messages of [en, fr]) {
        const { html, container, consoleError, onRecoverableError, unmount } = await hydrate(
          card(publication, { messages, memberHref }),
        );

        expect(consoleError).not.toHaveBeenCalled();
        expect(onRecoverableError).not.toHaveBeenCalled();
        expect(markup(container)).toBe(markup(parsed(html)));
        await unmount();
        vi.restoreAllMocks();
      }
  });

  it('keeps a disclosure the visitor opened before hydration open, and it still closes after', async () => {
    const publication = titled('On the difficulty');
    const container = parsed(renderToString(card(publication)));
    const details = container.querySelector('details');
    details?.setAttribute('open', '');

    await act(async () => {
      hydrateRoot(container, card(publication));
    });
    expect(details).toHaveAttribute('open');

    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { value: vi.fn(), configurable: true });
    await userEvent.setup().click(within(container).getByText('See less').closest('summary') as HTMLElement);
    expect(details).not.toHaveAttribute('open');
  });
});

describe('member links in the author list', () => {
  it("links a co-author who is a member to their profile, as a control of the authors' toolbar", async () => {
    const user = userEvent.setup();
    render(card(titled('Overcoming catastrophic'), { memberHref }));
    const toolbar = screen.getByRole('toolbar', { name: 'Authors' });
    const link = within(toolbar).getByRole('link', { name: 'James Kirkpatrick’s profile' });

    expect(link).toHaveAttribute('href', '../james-kirkpatrick/');
    // Only members get one; the owner's name stays plain text.
    expect(within(toolbar).getAllByRole('link')).toEqual([link]);
    expect(within(toolbar).getByText(OWNER).closest('a, button')).toBeNull();

    // Still one Tab stop: the link is reached with the arrow keys, between the name and the next one.
    screen.getByRole('heading').focus();
    await user.tab();
    expect(within(toolbar).getByRole('button', { name: 'James Kirkpatrick' })).toHaveFocus();
    expect(link).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowRight}');
    expect(link).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Neil Rabinowitz' })).toHaveFocus();
  });

  it('names the link in French', () => {
    render(card(titled('Overcoming catastrophic'), { messages: fr, memberHref }));
    expect(screen.getByRole('link', { name: 'Profil de James Kirkpatrick' })).toBeInTheDocument();
  });

  it('adds nothing without a provider', () => {
    render(card(titled('Overcoming catastrophic')));
    expect(within(screen.getByRole('toolbar', { name: 'Authors' })).queryAllByRole('link')).toEqual([]);
  });
});
