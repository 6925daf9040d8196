import { describe, expect, it } from 'vitest';
import { selectSource } from './select-source';

const urlSource = { kind: 'url', baseUrl: './profiles', slug: 'default-person' } as const;

describe('selectSource', () => {
  it('keeps the default without ?profile=', () => {
    expect(selectSource(urlSource, null)).toBe(urlSource);
  });

  it('takes another slug from the same place', () => {
    expect(selectSource(urlSource, 'other-person')).toEqual({ ...urlSource, slug: 'other-person' });
  });

  it('passes a malformed slug on, for the loader to reject without fetching', () => {
    expect(selectSource(urlSource, 'https://evil.example/x').slug).toBe('https://evil.example/x');
  });

  it('ignores ?profile= for inline data, which holds one profile', () => {
    const inline = { kind: 'inline', slug: 'someone', data: {} } as const;
    expect(selectSource(inline, 'other')).toBe(inline);
  });
});
