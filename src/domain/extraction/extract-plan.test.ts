import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract-plan.ts';
import { assessPlanStructure } from './plan-structure.ts';
import type { PlanExtraction } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/plans');
// The seed plans and their gold answers, copied into the repository from ../shared.
const SEEDS = join(import.meta.dirname, '../../server/plans/demo-documents');
const GOLD = join(import.meta.dirname, '../../../test/fixtures/seed-gold');

function extractFixture(name: string): PlanExtraction {
  return extractPlan(readFileSync(join(FIXTURES, name), 'utf8'));
}

function expectValidShape(result: PlanExtraction): void {
  expect(Object.keys(result).sort()).toEqual([
    'document',
    'period',
    'references',
    'reporting',
    'targets',
    'tasks',
    'warnings',
  ]);
  for (const list of [result.references, result.targets, result.tasks, result.reporting]) {
    expect(Array.isArray(list)).toBe(true);
    for (const item of list as Array<{ line: number }>)
      expect(Number.isInteger(item.line) && item.line >= 1).toBe(true);
  }
  const ids = new Set(result.targets.map((t) => t.id));
  for (const target of result.targets) if (target.parent !== null) expect(ids.has(target.parent)).toBe(true);
  expect(() => JSON.stringify(result)).not.toThrow();
}

describe('extractPlan on hand-written plans', () => {
  it('reads a decision that issues a provincial plan as its appendix', () => {
    const result = extractFixture('qd-province-vocational-2025.txt');
    expect(result.document).toMatchObject({
      kind: 'QĐ',
      number: '1234/QĐ-UBND',
      issuerLevel: 'province',
      date: '2025-03-05',
      signer: { name: 'Trần Trí Quang', title: 'Phó Chủ tịch' },
    });
    expect(result.period).toEqual({ from: 2025, to: 2025, horizons: [] });
    expect(result.references.map((r) => [r.number, r.role])).toEqual([
      ['1446/QĐ-TTg', 'basis'],
      ['45/TTr-SLĐTBXH', 'basis'],
    ]);
    expect(result.targets.map((t) => [t.value, t.unit, t.op, t.parent])).toEqual([
      [12000, 'count', 'eq', null],
      [3500, 'count', 'eq', 't1'],
      [8500, 'count', 'eq', 't1'],
      [70.5, 'percent', 'gte', null],
      [30, 'percent', 'gte', 't4'],
      [3, 'percent', 'lt', null],
      [80, 'percent', 'eq', null],
      [12, 'per10k', 'gte', null],
      [32, 'per10k', 'gte', null],
      [25000, 'count', 'approx', null],
      [2, 'percent', 'lte', null],
      [98, 'percent', 'gte', null],
    ]);
    expect(result.tasks.map((t) => [t.lead, t.due?.kind ?? null])).toEqual([
      [['Sở Lao động - Thương binh và Xã hội'], 'recurring'],
      [['Sở Lao động - Thương binh và Xã hội'], null],
      [['Sở Tài chính'], null],
      [['Ủy ban nhân dân các huyện, thành phố'], 'once'],
      [['Ủy ban nhân dân các huyện, thành phố'], 'recurring'],
    ]);
    expect(result.reporting.map((r) => [r.freq, r.due])).toEqual([
      ['half-yearly', null],
      ['yearly', null],
      ['half-yearly', '06-15'],
    ]);
  });

  it('reads a commune plan in markdown with a target table and assignment blocks', () => {
    const result = extractFixture('kh-commune-jobs-2026.md');
    expect(result.document).toMatchObject({
      kind: 'KH',
      number: '25/KH-UBND',
      issuer: 'Ủy ban nhân dân xã Tân Hội',
      issuerLevel: 'commune',
      signer: { name: 'Lê Văn Bình', title: 'Chủ tịch' },
    });
    expect(result.targets.map((t) => [t.value, t.unit, t.op])).toEqual([
      [450, 'count', 'eq'],
      [72, 'percent', 'eq'],
      [1.5, 'percent', 'lte'],
    ]);
    expect(result.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['Phòng Văn hóa - Xã hội'], { kind: 'once', by: '2026-Q2' }],
      [['Phòng Kinh tế'], { kind: 'once', by: '2026-06' }],
      [['Phòng Văn hóa - Xã hội'], null],
      [['Phòng Văn hóa - Xã hội'], { kind: 'recurring', freq: 'half-yearly', month: null }],
      [['Các thôn'], null],
    ]);
    expect(result.reporting).toEqual([
      expect.objectContaining({ freq: 'half-yearly', due: '06-20', to: 'Ủy ban nhân dân xã' }),
    ]);
  });

  it('reads a department plan copied from the web with "|" tables and no blank lines', () => {
    const result = extractFixture('kh-department-web-copy.txt');
    expect(result.document).toMatchObject({
      issuer: 'Sở Giáo dục và Đào tạo',
      issuerLevel: 'province',
      number: '1520/KH-SGDĐT',
    });
    expect(result.period).toEqual({ from: 2025, to: 2030, horizons: [2045] });
    expect(result.targets.map((t) => [t.value, t.op, t.year])).toEqual([
      [95, 'gte', 2030],
      [40, 'eq', 2030],
      [95, 'gt', 2030],
      [100, 'eq', 2045],
    ]);
    expect(result.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['Phòng Tổ chức cán bộ'], { kind: 'once', by: '2025-12' }],
      [['Phòng Giáo dục phổ thông'], { kind: 'recurring', freq: 'yearly', month: null }],
      [['Văn phòng Sở'], { kind: 'once', by: '2027' }],
      [['Các phòng chuyên môn thuộc Sở'], { kind: 'recurring', freq: 'quarterly', month: null }],
    ]);
  });
});

describe('extractPlan on a resolution copied from a PDF', () => {
  it('reads articles, page numbers, a caps title, "trên vạn dân" and two reporting cycles', () => {
    const result = extractFixture('nq-commune-pdf-copy.txt');
    expect(result.document).toMatchObject({
      kind: 'NQ',
      number: '08/NQ-HĐND',
      issuer: 'Hội đồng nhân dân phường An Bình',
      issuerLevel: 'commune',
      date: '2025-12-15',
      title: 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2026',
      signer: { name: 'Nguyễn Văn An', title: 'Chủ tịch' },
    });
    expect(result.references.map((r) => [r.kind, r.number])).toEqual([
      ['L', '72/2025/QH15'],
      ['TTr', '120/TTr-UBND'],
    ]);
    expect(result.targets.map((t) => [t.value, t.unit, t.op, t.parent])).toEqual([
      [75, 'percent', 'gte', null],
      [32, 'percent', 'gte', 't1'],
      [1200, 'count', 'eq', null],
      [1, 'percent', 'lt', null],
      [14, 'per10k', 'gte', null],
      [95, 'percent', 'gt', null],
    ]);
    expect(result.tasks.map((t) => t.lead)).toEqual([
      ['Ủy ban nhân dân phường'],
      ['Ủy ban nhân dân phường'],
      ['Thường trực Hội đồng nhân dân', 'các Ban của Hội đồng nhân dân', 'đại biểu Hội đồng nhân dân phường'],
    ]);
    expect(result.reporting.map((r) => [r.freq, r.due, r.to])).toEqual([
      ['half-yearly', '06-20', 'Hội đồng nhân dân phường'],
      ['yearly', '12-10', 'Hội đồng nhân dân phường'],
    ]);
  });
});

describe.skipIf(!existsSync(GOLD))('extractPlan on the seed plans', () => {
  const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((name) => name.endsWith('.txt')) : [];
  it.each(seeds)('%s matches the gold counts and header', (name) => {
    const result = extractPlan(readFileSync(join(SEEDS, name), 'utf8'));
    const gold = JSON.parse(readFileSync(join(GOLD, name.replace(/\.txt$/, '.json')), 'utf8')) as PlanExtraction;
    expect(result.targets.filter((t) => t.value !== null)).toHaveLength(
      gold.targets.filter((t) => t.value !== null).length,
    );
    expect(result.tasks).toHaveLength(gold.tasks.length);
    expect(result.references.map((r) => r.number).sort()).toEqual(gold.references.map((r) => r.number).sort());
    expect(result.document.number).toBe(gold.document.number);
    expect(result.document.date).toBe(gold.document.date);
    expect(result.period).toEqual(gold.period);
    expect(assessPlanStructure(result)).toBeNull();
  });
});

describe('extractPlan never throws', () => {
  const fragments = [
    'KẾ HOẠCH',
    'I. MỤC TIÊU',
    'II. CHỈ TIÊU',
    '- Tỷ lệ đạt trên 72%',
    'trong đó',
    '5.500',
    '31,23%',
    '(',
    ')',
    '|',
    '\t',
    'Số: /KH-UBND',
    'ngày tháng năm 2023',
    'Đơn vị thực hiện:',
    'Thời gian thực hiện: Quý I/2022',
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nội vụ',
    'từ 3 đến',
    '/vạn dân',
    '¹',
    '**',
    '#',
    'định kỳ hằng năm',
    'báo cáo về',
    '\n',
    '\n\n',
    ' ',
    'a)',
    '-',
  ];
  it('returns a valid object for random and mutated text', () => {
    const seedTexts = existsSync(SEEDS)
      ? readdirSync(SEEDS).map((name) => readFileSync(join(SEEDS, name), 'utf8'))
      : [readFileSync(join(FIXTURES, 'qd-province-vocational-2025.txt'), 'utf8')];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(' ')),
          fc
            .tuple(fc.constantFrom(...seedTexts), fc.nat(), fc.nat(), fc.string({ maxLength: 30 }))
            .map(([text, a, b, insert]) => {
              const start = a % (text.length + 1);
              const end = Math.min(text.length, start + (b % 400));
              return text.slice(0, start) + insert + text.slice(end);
            }),
        ),
        (text) => {
          expectValidShape(extractPlan(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copes with empty and odd input', () => {
    for (const text of ['', '\n\n\n', '\u0000\u0001', '%%%%', '1'.repeat(5000), 'Số:', 'KẾ HOẠCH\n'])
      expectValidShape(extractPlan(text));
    expectValidShape(extractPlan(undefined as unknown as string));
  });
});

describe('assessPlanStructure', () => {
  it('refuses text without a plan structure and says what is missing', () => {
    expect(assessPlanStructure(extractPlan('Hôm nay trời đẹp. Chúng tôi đi chơi.'))).toBe(
      'Không nhận ra cấu trúc kế hoạch: văn bản không có số, loại văn bản (Kế hoạch, Quyết định…) hay tiêu đề và không có chỉ tiêu hay nhiệm vụ nào được giao cho cơ quan, đơn vị.',
    );
    expect(assessPlanStructure(extractFixture('kh-commune-jobs-2026.md'))).toBeNull();
  });
});
