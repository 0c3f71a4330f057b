import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './fold-diacritics.ts';
import { vietnameseSortKey } from './vietnamese-sort-key.ts';

const byKey = (a: string, b: string) => {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('vietnameseSortKey', () => {
  it('orders names as the Vietnamese collator does', () => {
    const names = [
      'Ủy ban nhân dân xã Tháp Mười',
      'Uỷ ban Mặt trận',
      'Ban Chỉ đạo',
      'Ban-Chỉ',
      'BanX',
      'Đoàn Thanh niên',
      'Dân quân',
      'Sở Giáo dục và Đào tạo',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở 2',
      'Sở 10',
      'Sở 02',
      'Trường Trung cấp',
      'Trung tâm Dịch vụ việc làm',
      'Ăn uống',
      'Âm nhạc',
      'An ninh',
      'Ơn',
      'Ô tô',
      'Ong',
      'Ưu tiên',
      'Uông',
      'Hội Nông dân',
      'Hồi',
      'Hợp tác xã',
      'Phòng Nội vụ',
      'Phong trào',
      'Phòng LĐ-TB&XH',
      'Công an',
      'Cục Thuế',
      'Chi cục',
      'Ê kíp',
      'Em',
      'Ế',
      'Trường THCS-THPT Phương Tiến',
      'Trường PTDTBT Thanh Thủy',
      'UBND',
      'ubnd',
      'Y tế',
      'Kho bạc',
      '3 tháng',
      'Ban (cũ)',
    ];
    const expected = [...names].sort(compareVietnamese);
    const actual = [...names].sort(byKey);
    // Equal under the collator (case, tones) may come in either order: compare the keys' classes.
    expect(actual.map((name, i) => compareVietnamese(name, expected[i]!))).toEqual(names.map(() => 0));
  });

  it('gives one key to spellings the collator treats as equal', () => {
    expect(vietnameseSortKey('Phòng')).toBe(vietnameseSortKey('PHONG'));
    expect(vietnameseSortKey('Uỷ ban')).toBe(vietnameseSortKey('Ủy ban'));
    expect(vietnameseSortKey('Đông')).not.toBe(vietnameseSortKey('Dong'));
  });
});
