import { describe, expect, it } from 'vitest';
import { extractReferences } from './references.ts';
import { buildParagraphs, readSourceLines } from './source-document.ts';

function referencesOf(text: string, own: string | null = null) {
  return extractReferences(
    buildParagraphs(readSourceLines(text)).map((paragraph) => ({ paragraph, role: 'basis' as const })),
    own,
  );
}

describe('extractReferences', () => {
  it('reads kind, number, date and issuer', () => {
    expect(
      referencesOf(
        'Thực hiện Chương trình số 226-CTr/HU ngày 13/12/2023 của Huyện uỷ về Chương trình hành động năm 2024.',
      ),
    ).toEqual([
      expect.objectContaining({ kind: 'CTr', number: '226-CTr/HU', date: '2023-12-13', issuer: 'Huyện uỷ', line: 1 }),
    ]);
  });

  it('reads numbers with years, spaces and dates written in words', () => {
    const refs = referencesOf(
      'Nghị định số 69/2008/NĐ-CP ngày 30/5/2008 của Chính phủ; Quyết định số 1882/QĐ-UBND ngày 24 tháng 8 năm 2018 của Ủy ban nhân dân tỉnh; Kế hoạch số 135-KH/HU ngày 17-11-2023 của Ban Thường vụ Huyện ủy thực hiện Chỉ thị.',
    );
    expect(refs.map((r) => [r.kind, r.number, r.date, r.issuer])).toEqual([
      ['NĐ', '69/2008/NĐ-CP', '2008-05-30', 'Chính phủ'],
      ['QĐ', '1882/QĐ-UBND', '2018-08-24', 'Ủy ban nhân dân tỉnh'],
      ['KH', '135-KH/HU', '2023-11-17', 'Ban Thường vụ Huyện ủy'],
    ]);
  });

  it('cites once per number, filling the date from a later mention, and skips the document itself', () => {
    const refs = referencesOf(
      'gắn với Nghị quyết 71-NQ/TW của Bộ Chính trị.\n\nnhất là Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.\n\n(Kèm theo Kế hoạch số: 60/KH-UBND ngày 04/8/2021)',
      '60/KH-UBND',
    );
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ number: '71-NQ/TW', date: '2025-08-22', line: 1 });
  });

  it('reads a number cited without its kind word when the symbol names the kind', () => {
    expect(
      referencesOf('Thực hiện theo 1882/QĐ-UBND và 226-CTr/HU của Huyện ủy.').map((r) => [r.kind, r.number]),
    ).toEqual([
      ['QĐ', '1882/QĐ-UBND'],
      ['CTr', '226-CTr/HU'],
    ]);
  });

  it('ignores years, dates and plain numbers', () => {
    expect(referencesOf('giai đoạn 2021-2025, ngày 13/12/2023, 5.500 lao động, Luật Giáo dục 2019.')).toEqual([]);
  });
});
