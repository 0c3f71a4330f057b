import { describe, expect, it } from 'vitest';
import { diffSnapshots, showValue } from './audit-diff.ts';

describe('diffSnapshots', () => {
  it('lists only the changed fields of an update', () => {
    expect(
      diffSnapshots({ role: 'viewer', name: 'An', active: true }, { role: 'planner', name: 'An', active: true }),
    ).toEqual([{ field: 'role', before: 'viewer', after: 'planner' }]);
  });

  it('lists every field of a creation and of a deletion', () => {
    expect(diffSnapshots(null, { b: 2, a: 1 })).toEqual([
      { field: 'a', before: undefined, after: 1 },
      { field: 'b', before: undefined, after: 2 },
    ]);
    expect(diffSnapshots({ a: 1 }, null)).toEqual([{ field: 'a', before: 1, after: undefined }]);
  });

  it('compares nested values by content', () => {
    expect(diffSnapshots({ aliases: ['x'] }, { aliases: ['x'] })).toEqual([]);
    expect(diffSnapshots({ aliases: ['x'] }, { aliases: ['x', 'y'] })).toHaveLength(1);
  });

  it('treats two scalar snapshots as one unnamed change', () => {
    expect(diffSnapshots(null, null)).toEqual([]);
    expect(diffSnapshots('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b' }]);
  });
});

describe('showValue', () => {
  it('shows strings as they are and other values as JSON', () => {
    expect(showValue('Xã Tháp Mười')).toBe('Xã Tháp Mười');
    expect(showValue(5500)).toBe('5500');
    expect(showValue(undefined)).toBe('');
    expect(showValue({ a: true })).toBe('{"a":true}');
  });
});
