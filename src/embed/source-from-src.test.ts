import { describe, expect, test } from 'vitest';
import { sourceFromSrc } from './source-from-src';

const PAGE = 'https://institute.example/people/index.html';

describe('sourceFromSrc', () => {
  test.each([
    ['/data/razvan-pascanu.json', 'https://institute.example/data/', 'razvan-pascanu'],
    ['profiles/ada.json', 'https://institute.example/people/profiles/', 'ada'],
    ['../ada.json', 'https://institute.example/', 'ada'],
    ['https://cdn.example/x/y/ada-2.json#top', 'https://cdn.example/x/y/', 'ada-2'],
    ['  ada.json  ', 'https://institute.example/people/', 'ada'],
  ])('%s is fetched from %s as %s', (src, baseUrl, slug) => {
    expect(sourceFromSrc(src, PAGE)).toEqual({ ok: true, source: { kind: 'url', baseUrl, slug } });
  });

  test.each([null, '', '   '])('%j is missing', (src) => {
    expect(sourceFromSrc(src, PAGE)).toEqual({ ok: false, reason: 'missing' });
  });

  test.each([
    'ada.json?v=2',
    'ada.txt',
    'Ada_Lovelace.json',
    '/data/',
    '.json',
    'javascript:alert(1)//a.json',
    'data:application/json,{}',
    'http://[bad/ada.json',
    `${'a'.repeat(101)}.json`,
    'a/ünïcødé.json',
  ])('%s is unusable', (src) => {
    expect(sourceFromSrc(src, PAGE)).toEqual({ ok: false, reason: 'unusable' });
  });
});
