import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/features/publications/utils/url-state';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

/** Renders the page at a hand-edited URL; resolves once the list is on screen. */
async function setup(url: string, realHistory = false) {
  const errors = vi.spyOn(console, 'error');
  const view = renderApp({ data: sampleProfile(), url, realHistory });
  const list = await screen.findByRole('region', { name: 'Publications' });
  const searchbox = screen.getByRole('searchbox', { name: 'Search publications' });
  const status = screen.getByRole('status');
  const cards = () => within(list).queryAllByRole('article');
  return { ...view, list, searchbox, status, cards, errors };
}

/** The status's count is what the list shows: a sanitised URL never desynchronises them. */
function expectConsistent(status: HTMLElement, cards: () => HTMLElement[]) {
  const shown = /^Showing (\d+) of 10 publications/.exec(status.textContent ?? '');
  expect(shown, status.textContent ?? '').not.toBeNull();
  expect(cards()).toHaveLength(Number(shown?.[1]));
}

const huge = 'gradient '.repeat(1_200); // 10,800 characters

describe('a hand-edited or malicious URL', () => {
  it.each([
    // [what, query string, the search box's value]
    [
      'a 10,000-character q, cut to the cap',
      `?q=${encodeURIComponent(huge)}`,
      huge.slice(0, MAX_QUERY_LENGTH),
    ],
    [
      'repeated keys: the first of each counts',
      '?q=policy&q=saddle&topics=graphs&topics=optimization',
      'policy',
    ],
    ['a cut UTF-8 sequence, decoded as U+FFFD', '?q=%E0%A4%A', '\ufffd%A'],
    ['a lone %', '?q=%', '%'],
    ['a % without hex digits', '?q=%zz&topics=%zz', '%zz'],
    ['an encoded NUL and a right-to-left override', '?q=net%00works%E2%80%AE', 'net\u0000works\u202e'],
    ['__proto__ and constructor as keys', '?__proto__=x&constructor=y&__proto__[polluted]=1', ''],
    [
      '__proto__ and constructor as values',
      '?q=__proto__&topics=__proto__,constructor&mode=constructor&sort=__proto__&year=constructor',
      '__proto__',
    ],
    ['garbage mode and sort', '?mode=ALL&sort=Title%20A%E2%80%93Z', ''],
    ['a year out of range', '?year=1200', ''],
    ['garbage years', '?year=2019-&q=networks', 'networks'],
    ['a year with a leading zero', '?year=0000', ''],
    ['a five-digit year', '?year=99999', ''],
    ['a reversed year range', '?year=2016-2013', ''],
  ])('%s: renders the list and its status', async (_, url, query) => {
    const { searchbox, status, cards, errors } = await setup(url);

    expect(searchbox).toHaveValue(query);
    expectConsistent(status, cards);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errors).not.toHaveBeenCalled();
  });

  it('ignores unknown topics, even __proto__, and says which', async () => {
    const { status, cards, params } = await setup('?topics=graphs,__proto__,no-such-topic,constructor');

    expect(status).toHaveTextContent(
      /^Showing 2 of 10 publications in Graphs\. The link's topics “__proto__”, “no-such-topic”, and “constructor” are not on this profile/,
    );
    expect(cards()).toHaveLength(2);
    await waitFor(() => expect(params().get('topics')).toBe('graphs'));
  });

  it('shows a year range out of the profile as an empty list with a way out', async () => {
    const { status, cards } = await setup('?year=1200-1300');

    expect(status).toHaveTextContent(/^Showing 0 of 10 publications from 1200 to 1300/);
    expect(cards()).toHaveLength(0);
    expect(screen.getByRole('button', { name: /every year/i })).toBeInTheDocument();
  });

  it('reads a bad percent-encoding from the real address bar too', async () => {
    const { searchbox, status, cards } = await setup('?q=%E0%A4%A&topics=%&sort=%zz', true);

    expect(searchbox).toHaveValue('\ufffd%A');
    expectConsistent(status, cards);
  });
});
