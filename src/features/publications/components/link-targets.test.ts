import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import { fullTextLink, linkTargets } from './link-targets';

describe('linkTargets', () => {
  it('adds arXiv and DOI links from the identifiers', () => {
    const publication = buildPublication({ identifiers: { arxiv: '1211.5063', doi: '10.1000/xyz' } });
    expect(linkTargets(publication).map((link) => link.url)).toEqual([
      'https://arxiv.org/abs/1211.5063',
      'https://doi.org/10.1000/xyz',
    ]);
  });

  it('does not duplicate a link the data already has', () => {
    const publication = buildPublication({
      identifiers: { arxiv: '1211.5063' },
      links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/1211.5063v2' }],
    });
    expect(linkTargets(publication)).toHaveLength(1);
  });

  it('drops anything that is not http(s)', () => {
    const publication = buildPublication({
      links: [
        { kind: 'other', url: 'javascript:alert(1)' },
        { kind: 'pdf', url: 'data:text/html,hi' },
        { kind: 'code', url: 'https://github.com/x/y' },
      ],
    });
    expect(linkTargets(publication).map((link) => link.kind)).toEqual(['code']);
  });

  it('drops URLs disguised with spaces or control characters, or without a scheme', () => {
    const publication = buildPublication({
      links: [
        { kind: 'other', url: 'java\tscript:alert(1)' },
        { kind: 'other', url: ' https://example.org/' },
        { kind: 'other', url: 'https://exa mple.org/' },
        { kind: 'other', url: '//evil.example/' },
        { kind: 'html', url: 'HTTPS://Example.org/paper' },
      ],
    });
    expect(linkTargets(publication).map((link) => link.url)).toEqual(['HTTPS://Example.org/paper']);
  });

  it('keeps characters of a DOI that mean something in a URL inside its path', () => {
    const publication = buildPublication({ identifiers: { doi: '10.1000/a#b?c=d' } });
    const [link] = linkTargets(publication);
    expect(link?.url).toBe('https://doi.org/10.1000/a%23b%3Fc%3Dd');
    expect(new URL(link?.url ?? '').pathname).toBe('/10.1000/a%23b%3Fc%3Dd');
  });
});

describe('fullTextLink', () => {
  it('prefers the paper over its code', () => {
    const links = linkTargets(
      buildPublication({
        links: [
          { kind: 'code', url: 'https://github.com/x/y' },
          { kind: 'proceedings', url: 'https://proceedings.example/paper' },
        ],
      }),
    );
    expect(fullTextLink(links)?.kind).toBe('proceedings');
    expect(fullTextLink([{ kind: 'code', url: 'https://github.com/x/y' }])).toBeUndefined();
  });
});
