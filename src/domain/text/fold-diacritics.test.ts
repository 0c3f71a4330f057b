import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldDiacritics } from './fold-diacritics.ts';

describe('foldDiacritics', () => {
  it.each([
    ['Tháp Mười', 'thap muoi'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['  Phòng   Lao động - Thương binh ', 'phong lao dong - thuong binh'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['Uỷ ban', 'uy ban'],
    ['Ngọc Hồi', 'ngoc hoi'],
  ])('folds %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldDiacritics('Mười'.normalize('NFD'))).toBe(foldDiacritics('Mười'.normalize('NFC')));
  });
});

describe('compareVietnamese', () => {
  it('sorts Đ after D', () => {
    expect(['Đồng Tháp', 'Dung', 'An Giang'].sort(compareVietnamese)).toEqual(['An Giang', 'Dung', 'Đồng Tháp']);
  });
});
