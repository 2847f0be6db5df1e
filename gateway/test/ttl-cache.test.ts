import { describe, expect, it } from 'vitest';
import { TtlCache } from '../src/access/ttl-cache';

describe('TtlCache', () => {
  it('forgets an entry when its own lifetime is over', () => {
    let now = 1_000;
    const cache = new TtlCache<string>(10, () => now);
    cache.set('long', 'kept', 30_000);
    cache.set('short', 'gone', 5_000);
    now += 5_000;
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toBe('kept');
    now += 25_000;
    expect(cache.get('long')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, dropping the least recently used', () => {
    const cache = new TtlCache<number>(2, () => 0);
    cache.set('a', 1, 1000);
    cache.set('b', 2, 1000);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3, 1000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });
});
