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
