import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../session/session-mock';
import { EventCursor, isAfter } from './event-cursor';
import { webSocketUrl } from './live-connection';
import { forgetOwnChanges, isOwnChange, noteOwnChange } from './own-changes';

afterEach(() => forgetOwnChanges());

describe('EventCursor', () => {
  it('compares ids as 64-bit numbers, not as text', () => {
    expect(isAfter('10', '9')).toBe(true);
    expect(isAfter('9', '10')).toBe(false);
    expect(isAfter('9223372036854775807', '9223372036854775806')).toBe(true);
    expect(isAfter('1', null)).toBe(true);
  });

  it('survives a reload in the tab’s storage, and never moves backwards', () => {
    const storage = memoryStorage();
    const cursor = new EventCursor(storage);
    cursor.advance('41');
    cursor.advance('40');
    expect(cursor.get()).toBe('41');
    expect(new EventCursor(storage).get()).toBe('41');
    cursor.set(null);
    expect(new EventCursor(storage).get()).toBeNull();
  });

  it('ignores a stored value the gateway would refuse (4400), and storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem('civicgraph.live.lastEventId', '12abc');
    expect(new EventCursor(storage).get()).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
    };
    const cursor = new EventCursor(broken);
    cursor.advance('7');
    expect(cursor.get()).toBe('7');
  });
});

describe('webSocketUrl', () => {
  it('is the page’s origin with ws: or wss:', () => {
    // jsdom's page is http://localhost:3000/.
    expect(webSocketUrl('/graphql')).toBe('ws://localhost:3000/graphql');
    expect(webSocketUrl('https://city.example.org/graphql')).toBe('wss://city.example.org/graphql');
  });
});

describe('own changes', () => {
  it('knows the versions this tab made, for a minute', () => {
    noteOwnChange('wo-1', 3, 1_000);
    expect(isOwnChange('wo-1', 3, 2_000)).toBe(true);
    expect(isOwnChange('wo-1', 4, 2_000)).toBe(false);
    expect(isOwnChange('wo-2', 3, 2_000)).toBe(false);
    expect(isOwnChange('wo-1', 3, 61_001)).toBe(false);
  });
});
