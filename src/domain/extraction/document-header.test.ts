import { describe, expect, it } from 'vitest';
import { extractDocumentHeader } from './document-header.ts';
import { buildParagraphs, readSourceLines } from './source-document.ts';

function headerOf(text: string) {
  const lines = readSourceLines(text);
  return extractDocumentHeader(lines, buildParagraphs(lines));
}

const DISTRICT_PLAN = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THÁP MƯỜI Độc lập - Tự do - Hạnh phúc
Số: 416/KH-UBND Tháp Mười, ngày 31 tháng 01 năm 2024
KẾ HOẠCH
Nâng cao chất lượng nguồn nhân lực gắn với đào tạo nghề,
giải quyết việc làm năm 2024
Thực hiện Chương trình số 226-CTr/HU ngày 13/12/2023 của Huyện uỷ.
I. MỤC TIÊU
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hiệp`;

describe('extractDocumentHeader', () => {
  it('reads a flattened two-column header', () => {
    const header = headerOf(DISTRICT_PLAN);
    expect(header).toMatchObject({
      kind: 'KH',
      number: '416/KH-UBND',
      symbol: 'KH-UBND',
      issuer: 'Ủy ban nhân dân huyện Tháp Mười',
      issuerLevel: 'district',
      place: 'Tháp Mười',
      date: '2024-01-31',
      year: 2024,
      title: 'Nâng cao chất lượng nguồn nhân lực gắn với đào tạo nghề, giải quyết việc làm năm 2024',
      signer: { name: 'Nguyễn Văn Hiệp', title: 'Phó Chủ tịch' },
    });
  });

  it('keeps blank numbers and dates of a draft as null, and the year', () => {
    const header = headerOf(
      'Số: /KH-UBND\n\nThanh Thủy, ngày tháng năm 2026\n\nKẾ HOẠCH\n\nTriển khai thực hiện Chỉ thị số 21-CT/TW\n\nUBND xã Thanh Thủy xây dựng kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH',
    );
    expect(header).toMatchObject({
      number: null,
      symbol: 'KH-UBND',
      date: null,
      year: 2026,
      place: 'Thanh Thủy',
      issuerLevel: 'commune',
      issuer: 'Ủy ban nhân dân xã Thanh Thủy',
    });
  });

  it('reads a number with markup and spaces', () => {
    expect(headerOf('Số: **60** /KH-UBND\n\nCàng Long, ngày **04** tháng 8 năm 2021').number).toBe('60/KH-UBND');
  });

  it('names a department issuer under its provincial committee', () => {
    const header = headerOf(
      'UBND TỈNH VĨNH LONG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1520/KH-SGDĐT\nVĩnh Long, ngày 12 tháng 9 năm 2025\nKẾ HOẠCH\nPhát triển đội ngũ nhà giáo',
    );
    expect(header).toMatchObject({ issuer: 'Sở Giáo dục và Đào tạo', issuerLevel: 'province', kind: 'KH' });
  });

  it('takes the kind of a decision that issues a plan', () => {
    const header = headerOf(
      'Số: 1234/QĐ-UBND\nĐồng Tháp, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch đào tạo nghề năm 2025',
    );
    expect(header).toMatchObject({
      kind: 'QĐ',
      number: '1234/QĐ-UBND',
      title: 'Về việc ban hành Kế hoạch đào tạo nghề năm 2025',
    });
  });

  it('returns nulls for text without a header', () => {
    expect(headerOf('một đoạn văn bất kỳ')).toMatchObject({ kind: null, number: null, date: null, signer: null });
  });
});

describe('extractDocumentHeader on a header read from a Word table', () => {
  it('reads the row of two cells', () => {
    const header = headerOf(
      'ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI Số: 416/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tháp Mười, ngày 31 tháng 01 năm 2024\nKẾ HOẠCH\nNâng cao chất lượng nguồn nhân lực năm 2024',
    );
    expect(header).toMatchObject({
      number: '416/KH-UBND',
      place: 'Tháp Mười',
      date: '2024-01-31',
      issuer: 'Ủy ban nhân dân huyện Tháp Mười',
      issuerLevel: 'district',
      kind: 'KH',
    });
  });
});

describe('extractDocumentHeader with tab-separated header columns and footnotes', () => {
  it('takes the issuer from the left cell and never a date from a footnote', () => {
    const header = headerOf(
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nKẾ HOẠCH\nĐào tạo nghề năm 2025\n[^1]: Hà Nội, ngày 01 tháng 02 năm 2020 theo văn bản cũ.',
    );
    expect(header).toMatchObject({
      issuer: 'Ủy ban nhân dân huyện Hòa Bình',
      issuerLevel: 'district',
      date: null,
      place: null,
    });
  });
});

describe('extractDocumentHeader with the signature in a table', () => {
  it('reads the signer from the right cell', () => {
    const header = headerOf(
      'Số: 12/KH-UBND\nKẾ HOẠCH\nĐào tạo nghề\nNơi nhận: - Sở Nội vụ; - Lưu: VT.\tTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Phạm Quốc Dũng',
    );
    expect(header.signer).toEqual({ name: 'Phạm Quốc Dũng', title: 'Phó Chủ tịch' });
  });
});
