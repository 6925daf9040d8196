import { describe, expect, it } from 'vitest';
import { memberLinks, memberPageHref } from '../../src/features/directory/utils/member-hrefs';
import { buildMember } from './build-member';

const ROOT = 'https://host.example/deep/prefix/';
const resolve = (href: string | undefined, page: string) =>
  href === undefined ? undefined : new URL(href, ROOT + page).href;

describe('memberPageHref', () => {
  it.each([
    ['people/', 'ada', 'ada/'],
    ['fr/people/', 'ada', 'fr/ada/'],
    ['', 'ada', 'ada/'],
    ['fr/', 'ada', 'fr/ada/'],
    ['fr/bob/', 'ada', 'fr/ada/'],
    ['publications/', 'ada', 'ada/'],
  ])('from %j, %j is in the same language at %j', (page, slug, target) => {
    expect(resolve(memberPageHref(page, slug), page)).toBe(ROOT + target);
  });
});

describe('memberLinks', () => {
  const members = [
    buildMember({ slug: 'razvan-pascanu', name: 'Razvan Pascanu', nameVariants: ['Răzvan Pașcanu'] }),
    buildMember({ slug: 'doina-precup', name: 'Doina Precup' }),
    buildMember({ slug: 'jane-smith', name: 'Jane Smith' }),
    buildMember({ slug: 'jane-smith-2', name: 'Jane SMITH' }),
  ];

  it('links an author named as a member, case and accents ignored, relative to the page', () => {
    const href = memberLinks(members, 'fr/publications/');
    for (const name of ['Razvan Pascanu', 'Răzvan Pașcanu', 'RAZVAN PASCANU', 'Razvan Pașcanu'])
      expect(resolve(href(name), 'fr/publications/')).toBe(`${ROOT}fr/razvan-pascanu/`);
    expect(resolve(href('doina precup'), 'fr/publications/')).toBe(`${ROOT}fr/doina-precup/`);
  });

  it('links no one who is not a member, nor a name two members share', () => {
    const href = memberLinks(members, 'people/');
    expect(href('Razvan')).toBeUndefined();
    expect(href('Yoshua Bengio')).toBeUndefined();
    expect(href('Jane Smith')).toBeUndefined();
    expect(href('')).toBeUndefined();
  });

  it('does not link the shown profile to itself', () => {
    const href = memberLinks(members, 'razvan-pascanu/', 'razvan-pascanu');
    expect(href('Răzvan Pașcanu')).toBeUndefined();
    expect(resolve(href('Doina Precup'), 'razvan-pascanu/')).toBe(`${ROOT}doina-precup/`);
  });
});
