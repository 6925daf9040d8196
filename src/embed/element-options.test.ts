import { describe, expect, test } from 'vitest';
import { headingLevelFrom, themeFrom, urlPrefixFrom } from './element-options';

describe('reading the element’s attributes', () => {
  test.each([
    ['dark', 'dark'],
    [' LIGHT ', 'light'],
    ['auto', 'auto'],
    [null, 'auto'],
    ['', 'auto'],
    ['sepia', 'auto'],
  ])('theme %j is %s', (value, theme) => {
    expect(themeFrom(value)).toBe(theme);
  });

  test.each([
    ['1', 1],
    [' 6 ', 6],
    ['3', 3],
    [null, 2],
    ['', 2],
    ['0', 2],
    ['7', 2],
    ['2.5', 2],
    ['h3', 2],
    ['1e0', 1],
  ])('heading-level %j is %i', (value, level) => {
    expect(headingLevelFrom(value)).toBe(level);
  });

  test('the URL prefix is url-prefix, else the id, else rp', () => {
    expect(urlPrefixFrom('team', 'ada')).toBe('team');
    expect(urlPrefixFrom(null, 'ada')).toBe('ada');
    expect(urlPrefixFrom('  ', ' ')).toBe('rp');
  });
});
