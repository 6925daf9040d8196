import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, readViewState, writeViewState } from './url-state';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const TOPICS = ['Deep Learning', 'Optimization', 'Few-Shot Learning', 'Réseaux de neurones'];
const read = (search: string) => readViewState(new URLSearchParams(search), TOPICS);

describe('readViewState', () => {
  it('gives the default state for an empty URL', () => {
    expect(read('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('reads query, topics (as names, in profile order), mode, sort and years', () => {
    expect(read('?q=softmax&topics=optimization,deep-learning&mode=all&sort=title&year=2024')).toEqual({
      query: 'softmax',
      topics: ['Deep Learning', 'Optimization'],
      mode: 'all',
      sort: 'title',
      years: { from: 2024, to: 2024 },
    });
  });

  it('finds topics whose slug was folded from accents', () => {
    expect(read('topics=reseaux-de-neurones').topics).toEqual(['Réseaux de neurones']);
  });

  it('drops unknown slugs and duplicates and falls back on invalid values', () => {
    expect(read('topics=nope,,optimization,optimization,.*&mode=some&sort=random')).toEqual({
      ...DEFAULT_VIEW_STATE,
      topics: ['Optimization'],
    });
    expect(read('mode=ALL&sort=Title')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('caps the query without splitting an emoji', () => {
    expect(read(`q=${'x'.repeat(10_000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = read(`q=${encodeURIComponent('a' + '🙂'.repeat(150))}`).query;
    expect(emoji.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('reads one year or a range of years, in either order, and nothing else', () => {
    expect(read('year=2024').years).toEqual({ from: 2024, to: 2024 });
    expect(read('year=2024-2019').years).toEqual({ from: 2019, to: 2024 });
    expect(read(`year=${encodeURIComponent(' 2019 - 2021 ')}`).years).toEqual({ from: 2019, to: 2021 });
    for (const junk of ['24', '2024-', 'all', '2024,2025', '20245', '-2024', '1e3'])
      expect(read(`year=${encodeURIComponent(junk)}`).years, junk).toBeNull();
  });

  it('keeps hostile queries as text', () => {
    expect(read(`q=${encodeURIComponent('.*+?()[]{}|\\^$ שלום')}`).query).toBe('.*+?()[]{}|\\^$ שלום');
  });
});

describe('writeViewState', () => {
  const state: ViewState = {
    query: 'graph nets',
    topics: ['Optimization', 'Few-Shot Learning'],
    mode: 'all',
    sort: 'oldest',
    years: { from: 2019, to: 2024 },
  };

  it('writes every non-default value and keeps other parameters', () => {
    const params = new URLSearchParams('profile=razvan-pascanu&lang=en');
    const next = writeViewState(params, state);
    expect(next.get('profile')).toBe('razvan-pascanu');
    expect(next.get('lang')).toBe('en');
    expect(next.get('q')).toBe('graph nets');
    expect(next.get('topics')).toBe('optimization,few-shot-learning');
    expect(next.get('mode')).toBe('all');
    expect(next.get('sort')).toBe('oldest');
    expect(next.get('year')).toBe('2019-2024');
    expect(writeViewState(params, { ...state, years: { from: 2024, to: 2024 } }).get('year')).toBe('2024');
  });

  it('returns a new object and leaves the given one alone', () => {
    const params = new URLSearchParams('profile=x&q=old');
    const next = writeViewState(params, DEFAULT_VIEW_STATE);
    expect(next).not.toBe(params);
    expect(params.toString()).toBe('profile=x&q=old');
  });

  it('removes defaults and blank queries', () => {
    const params = new URLSearchParams('profile=x&q=old&topics=optimization&mode=all&sort=title&year=2020');
    expect(writeViewState(params, DEFAULT_VIEW_STATE).toString()).toBe('profile=x');
    expect(writeViewState(params, { ...DEFAULT_VIEW_STATE, query: '   ' }).has('q')).toBe(false);
  });

  it('round-trips through readViewState', () => {
    const tricky: ViewState = {
      ...state,
      query: 'Veličković & co. #1 ?=/ 🙂',
      topics: ['Deep Learning', 'Réseaux de neurones'],
    };
    const url = `?${writeViewState(new URLSearchParams(), tricky).toString()}`;
    expect(read(url)).toEqual(tricky);
  });
});
