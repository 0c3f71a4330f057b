import { describe, expect, it } from 'vitest';
import { inferDueFromText, parseDuePhrase } from './due-phrases.ts';

describe('parseDuePhrase', () => {
  it.each([
    ['Quý I/2022', { kind: 'once', by: '2022-Q1' }],
    ['Quý IV/2021', { kind: 'once', by: '2021-Q4' }],
    ['quý 2 năm 2026', { kind: 'once', by: '2026-Q2' }],
    ['Tháng 12/2021', { kind: 'once', by: '2021-12' }],
    ['Hoàn thành trong tháng 12/2023.', { kind: 'once', by: '2023-12' }],
    ['Trong năm 2021', { kind: 'once', by: '2021' }],
    ['Năm 2027', { kind: 'once', by: '2027' }],
    ['Trước ngày 31/3/2025', { kind: 'once', by: '2025-03', date: '2025-03-31' }],
    ['Giai đoạn 2021 - 2025', { kind: 'once', by: '2025' }],
    ['Hàng năm', { kind: 'recurring', freq: 'yearly', month: null }],
    ['Thường xuyên hàng năm', { kind: 'recurring', freq: 'yearly', month: null }],
    ['Tháng 12 hàng năm', { kind: 'recurring', freq: 'yearly', month: 12 }],
    ['Hằng quý', { kind: 'recurring', freq: 'quarterly', month: null }],
    ['6 tháng/lần', { kind: 'recurring', freq: 'half-yearly', month: null }],
    ['Hằng tháng', { kind: 'recurring', freq: 'monthly', month: null }],
    ['Năm 2024 và các năm tiếp theo', { kind: 'recurring', freq: 'yearly', month: null }],
    ['Trước 30/6/2024', { kind: 'once', by: '2024-06', date: '2024-06-30' }],
    ['Thường xuyên', { kind: 'ongoing' }],
    ['Thường xuyên.', { kind: 'ongoing' }],
  ])('%s', (phrase, due) => {
    expect(parseDuePhrase(phrase)).toEqual(due);
  });

  it.each(['', 'Theo quy định', 'Khi có yêu cầu'])('gives null for %j', (phrase) => {
    expect(parseDuePhrase(phrase)).toBeNull();
  });
});

describe('inferDueFromText', () => {
  it('reads a periodic cycle', () => {
    expect(inferDueFromText('Ban Chỉ đạo định kỳ 06 tháng đầu năm và 06 tháng cuối năm tổ chức kiểm tra')).toEqual({
      kind: 'recurring',
      freq: 'half-yearly',
      month: null,
    });
    expect(inferDueFromText('định kỳ hằng năm (vào tháng 12) hoặc đột xuất tổng hợp báo cáo')).toEqual({
      kind: 'recurring',
      freq: 'yearly',
      month: 12,
    });
  });
  it('reads "thường xuyên" used as an adverb, not inside a unit name', () => {
    expect(inferDueFromText('cần chủ động xây dựng kế hoạch, thường xuyên theo dõi, kiểm tra')).toEqual({
      kind: 'ongoing',
    });
    expect(
      inferDueFromText('Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tổ chức lớp học'),
    ).toBeNull();
  });
  it('reads a count per period', () => {
    expect(inferDueFromText('xây dựng chuyên mục tuyên truyền, phát sóng ít nhất 02 lần/tháng.')).toEqual({
      kind: 'recurring',
      freq: 'monthly',
      month: null,
    });
  });
  it('reads an explicit deadline', () => {
    expect(inferDueFromText('Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 31/3/2025.')).toEqual({
      kind: 'once',
      by: '2025-03',
      date: '2025-03-31',
    });
  });
  it('does not take a year named in passing as a deadline', () => {
    expect(inferDueFromText('đề ra kế hoạch thực hiện trong năm 2024 phù hợp')).toBeNull();
    expect(inferDueFromText('Chương trình, kế hoạch 5 năm và hằng năm của huyện')).toBeNull();
  });
});
