import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber } from './document-number.ts';

describe('normaliseDocumentNumber', () => {
  it.each([
    ['416/KH-UBND', '416/kh-ubnd'],
    ['Số: 60 /KH-UBND', '60/kh-ubnd'],
    ['**60** /KH-UBND', '60/kh-ubnd'],
    ['05/QĐ-UBND', '5/qd-ubnd'],
    ['135–KH/HU', '135-kh/hu'],
    ['226-CTr/HU', '226-ctr/hu'],
  ])('%s → %s', (input, key) => {
    expect(normaliseDocumentNumber(input)).toBe(key);
  });

  it('matches the same number however it is written', () => {
    expect(normaliseDocumentNumber('60/KH-UBND')).toBe(normaliseDocumentNumber(' 60 / kh - ubnd '.replace(/ - /, '-')));
  });

  it.each([null, undefined, '', '/KH-UBND', 'Số: /KH-UBND', 'KH-UBND'])(
    'has no key for a blank number (%s)',
    (input) => {
      expect(normaliseDocumentNumber(input)).toBeNull();
    },
  );
});
