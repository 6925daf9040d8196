import { describe, expect, test } from 'vitest';
import { createMemoryLocation } from '../lib/location';
import { createPrefixedLocation } from './prefixed-location';

function setup(initial = '') {
  const host = createMemoryLocation(initial);
  return { host, first: createPrefixedLocation(host, 'a'), second: createPrefixedLocation(host, 'b') };
}

describe('createPrefixedLocation', () => {
  test('reads only its own keys, without the prefix', () => {
    const { first } = setup('q=host&a_q=softmax&b_q=other&a_topics=x,y&page=2');
    expect(first.read().toString()).toBe('q=softmax&topics=x%2Cy');
  });

  test('writes its keys prefixed and keeps the host and the other widget as they were', () => {
    const { host, first, second } = setup('q=host&b_q=other&a_q=old');
    first.push(new URLSearchParams('q=new words&sort=title'));
    expect(host.read().toString()).toBe('q=host&b_q=other&a_q=new+words&a_sort=title');
    expect(second.read().get('q')).toBe('other');
  });

  test('an empty state removes all its keys', () => {
    const { host, first } = setup('a_q=x&keep=1&a_topics=t');
    first.replace(new URLSearchParams());
    expect(host.read().toString()).toBe('keep=1');
  });

  test('push adds a history entry that Back undoes; replace does not', () => {
    const { host, first } = setup();
    first.push(new URLSearchParams('topics=x'));
    first.replace(new URLSearchParams('topics=x&q=y'));
    expect(host.length).toBe(2);
    host.back();
    expect(first.read().toString()).toBe('');
  });

  test('never reads or writes the profile key, which the element’s src decides', () => {
    const { host, first } = setup('a_profile=someone-else&profile=host');
    expect(first.read().has('profile')).toBe(false);
    first.push(new URLSearchParams('profile=x&q=y'));
    expect(host.read().toString()).toBe('profile=host&a_q=y');
  });

  test('prefixes that start alike stay apart', () => {
    const host = createMemoryLocation('ab_q=1&a_q=2');
    expect(createPrefixedLocation(host, 'a').read().get('q')).toBe('2');
    expect(createPrefixedLocation(host, 'ab').read().get('q')).toBe('1');
  });
});
