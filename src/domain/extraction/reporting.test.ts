import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract-plan.ts';

function reportingOf(...lines: string[]) {
  return extractPlan(
    ['KẾ HOẠCH', 'Giáo dục nghề nghiệp', 'I. MỤC TIÊU', 'II. TỔ CHỨC THỰC HIỆN', ...lines].join('\n'),
  ).reporting.map((r) => [r.freq, r.due, r.to, r.via]);
}

describe('reporting duties', () => {
  it('reads a yearly duty with a day, recipient and channel', () => {
    expect(
      reportingOf(
        '2. Định kỳ hằng năm (trước ngày 15 tháng 12) hoặc đột xuất (khi có yêu cầu), báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Lao động - Thương binh và Xã hội) để tổng hợp.',
      ),
    ).toEqual([['yearly', '12-15', 'Ủy ban nhân dân huyện', 'Phòng Lao động - Thương binh và Xã hội']]);
  });
  it('reads a month-only due', () => {
    expect(
      reportingOf(
        '1. Giao Phòng Lao động theo dõi; định kỳ hằng năm (vào tháng 12) tổng hợp báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội.',
      ),
    ).toEqual([['yearly', '12', 'Sở Lao động - Thương binh và Xã hội', null]]);
  });
  it('reads half-yearly, quarterly and two cycles in one sentence', () => {
    expect(reportingOf('Ban Chỉ đạo định kỳ 06 tháng đầu năm và 06 tháng cuối năm tổ chức sơ, tổng kết.')).toEqual([
      ['half-yearly', null, null, null],
    ]);
    expect(reportingOf('Các phòng định kỳ hằng quý báo cáo kết quả về Sở (qua Văn phòng Sở).')).toEqual([
      ['quarterly', null, 'Sở', 'Văn phòng Sở'],
    ]);
    expect(reportingOf('Sở Lao động định kỳ 6 tháng, hằng năm tổng hợp báo cáo UBND tỉnh.')).toEqual([
      ['half-yearly', null, 'UBND tỉnh', null],
      ['yearly', null, 'UBND tỉnh', null],
    ]);
  });
  it('reads dates that repeat every year', () => {
    expect(reportingOf('b) Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/6 và 20/12 hằng năm.')).toEqual([
      ['half-yearly', '06-20', 'Ủy ban nhân dân xã', null],
    ]);
  });
  it('needs a stated cycle and a report', () => {
    expect(
      reportingOf(
        'Định kỳ tổ chức sơ kết, tổng kết, đánh giá kết quả thực hiện.',
        'Thực hiện chế độ báo cáo theo quy định.',
        'Tham gia Chương trình, kế hoạch 5 năm và hằng năm của huyện.',
      ),
    ).toEqual([]);
  });
});

describe('reporting duties with a day written in words', () => {
  it('reads "trước ngày 15 tháng 12 hằng năm"', () => {
    expect(reportingOf('Các xã báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng 12 hằng năm.')).toEqual([
      ['yearly', '12-15', 'Ủy ban nhân dân huyện', null],
    ]);
  });
});
