import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.ts';
import type { SessionRecord } from './session-repository.ts';

function session(idHash: string, displayName = 'Nguyễn Văn A'): SessionRecord {
  const at = new Date('2026-12-02T08:00:00Z');
  return {
    idHash,
    csrfToken: 'csrf',
    expiresAt: new Date(at.getTime() + 3_600_000),
    lastSeenAt: at,
    userId: 'u-1',
    username: 'a',
    displayName,
    role: 'planner',
    agencyId: 'ag-1',
    agencyName: 'Sở Nội vụ',
    adminUnitId: 'p-82',
    adminUnitName: 'Tỉnh Đồng Tháp',
    adminUnitLevel: 'province',
  };
}

const limits = { maxAgeMs: 5_000, maxEntries: 3 };

describe('session cache', () => {
  it('answers from memory until the entry is maxAgeMs old', () => {
    const cache = createSessionCache(limits);
    cache.put(session('h1'), cache.beginRead(), 1_000);
    expect(cache.get('h1', 1_000)?.displayName).toBe('Nguyễn Văn A');
    expect(cache.get('h1', 5_999)).not.toBeNull();
    expect(cache.get('h1', 6_000)).toBeNull();
    expect(cache.get('h1', 1_500)).toBeNull();
  });

  it('trusts nothing when the clock went back', () => {
    const cache = createSessionCache(limits);
    cache.put(session('h1'), cache.beginRead(), 10_000);
    expect(cache.get('h1', 9_999)).toBeNull();
  });

  it('drops what a read found when the cache was emptied while it ran', () => {
    const cache = createSessionCache(limits);
    const before = cache.beginRead();
    cache.clear();
    cache.put(session('h1'), before, 1_000);
    expect(cache.get('h1', 1_000)).toBeNull();
    const forgotten = cache.beginRead();
    cache.forget('h2');
    cache.put(session('h1'), forgotten, 1_000);
    expect(cache.get('h1', 1_000)).toBeNull();
    cache.put(session('h1'), cache.beginRead(), 1_000);
    expect(cache.get('h1', 1_000)).not.toBeNull();
  });

  it('forgets one session or all of them', () => {
    const cache = createSessionCache(limits);
    cache.put(session('h1'), cache.beginRead(), 0);
    cache.put(session('h2'), cache.beginRead(), 0);
    cache.forget('h1');
    expect(cache.get('h1', 1)).toBeNull();
    expect(cache.get('h2', 1)).not.toBeNull();
    cache.clear();
    expect(cache.get('h2', 1)).toBeNull();
  });

  it('keeps at most maxEntries, the oldest going first', () => {
    const cache = createSessionCache(limits);
    for (const id of ['h1', 'h2', 'h3', 'h4']) cache.put(session(id), cache.beginRead(), 0);
    expect(['h1', 'h2', 'h3', 'h4'].map((id) => cache.get(id, 1) !== null)).toEqual([false, true, true, true]);
    cache.put(session('h2', 'Trần Thị B'), cache.beginRead(), 2);
    cache.put(session('h5'), cache.beginRead(), 2);
    expect(['h2', 'h3', 'h4', 'h5'].map((id) => cache.get(id, 3) !== null)).toEqual([true, false, true, true]);
    expect(cache.get('h2', 3)?.displayName).toBe('Trần Thị B');
  });
});
