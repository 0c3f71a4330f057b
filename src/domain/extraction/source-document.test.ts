import { describe, expect, it } from 'vitest';
import { buildParagraphs, lineAt, readSourceLines, stripMarkup } from './source-document.ts';

function paragraphsOf(text: string) {
  return buildParagraphs(readSourceLines(text));
}

describe('stripMarkup', () => {
  it('removes markdown emphasis, headings and escapes', () => {
    expect(stripMarkup('### **I. MỤC ĐÍCH, YÊU CẦU:**')).toBe('I. MỤC ĐÍCH, YÊU CẦU:');
    expect(stripMarkup('Số: **60** /KH-UBND')).toBe('Số: 60 /KH-UBND');
    expect(stripMarkup('* *Đơn vị thực hiện:* Phòng Tư pháp')).toBe('- Đơn vị thực hiện: Phòng Tư pháp');
    expect(stripMarkup('giai đoạn 2021 \\- 2025')).toBe('giai đoạn 2021 - 2025');
  });
  it('drops footnote marks and separates run-together words from web copies', () => {
    expect(stripMarkup('trên địa bàn huyện Ngọc Hồi¹; Kế hoạch')).toBe('trên địa bàn huyện Ngọc Hồi; Kế hoạch');
    expect(stripMarkup('Phòng Lao độngThương binh và Xã hội')).toBe('Phòng Lao động Thương binh và Xã hội');
  });
});

describe('buildParagraphs', () => {
  it('joins hard-wrapped lines with blank lines between them and keeps their line numbers', () => {
    const text = [
      '- Tỷ lệ lao động qua đào tạo đạt trên 72%, trong đó đào tạo nghề 58% và có',
      '',
      'việc làm ổn định cho người lao động.',
      '',
      '- Giới thiệu việc làm ít nhất 5.500 lao động.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.text).toBe(
      '- Tỷ lệ lao động qua đào tạo đạt trên 72%, trong đó đào tạo nghề 58% và có việc làm ổn định cho người lao động.',
    );
    expect(lineAt(paragraphs[0]!, paragraphs[0]!.text.indexOf('việc làm ổn định'))).toBe(3);
    expect(paragraphs[1]!.line).toBe(5);
  });

  it('keeps a short heading apart from the capitalised paragraph after it', () => {
    const paragraphs = paragraphsOf(
      '1. Phòng Giáo dục và Đào tạo huyện\n\nChủ trì, phối hợp với các phòng, ban triển khai kế hoạch.',
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      '1. Phòng Giáo dục và Đào tạo huyện',
      'Chủ trì, phối hợp với các phòng, ban triển khai kế hoạch.',
    ]);
  });

  it('rejoins a document number broken after its hyphen', () => {
    const text =
      'Căn cứ Nghị quyết số 103/NQ-HĐND của Hội đồng nhân dân huyện; Kế hoạch số 9239/KH-\n\nUBND ngày 27/12/2023 của Ủy ban nhân dân huyện.';
    expect(paragraphsOf(text)[0]!.text).toContain('9239/KH-UBND ngày 27/12/2023');
  });

  it('continues a paragraph across a footnote', () => {
    const text =
      'a) Thường xuyên rà soát các cơ chế, chính sách đảm bảo phù hợp với tình hình\n\n¹Theo Quyết định số 534/QĐ-LĐTBXH ngày 07-5-2021.\n\nthực tế của địa phương.';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.text).toBe(
      'a) Thường xuyên rà soát các cơ chế, chính sách đảm bảo phù hợp với tình hình thực tế của địa phương.',
    );
  });

  it('reads tab-separated and "|"-separated rows as table rows', () => {
    const text = 'STT\tNhiệm vụ\tChủ trì\n1\tRà soát\tPhòng Nội vụ\n| 2 | Tổng hợp | Văn phòng |\n|---|---|---|';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => p.cells)).toEqual([
      ['STT', 'Nhiệm vụ', 'Chủ trì'],
      ['1', 'Rà soát', 'Phòng Nội vụ'],
      ['2', 'Tổng hợp', 'Văn phòng'],
    ]);
  });
});
