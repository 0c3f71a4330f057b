import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDhis2Period, formatPeriod, parseDhis2Period, parsePeriod, requirePeriod } from './period-ids.ts';
import { type Period, type PeriodKind, periodKindRules, periodKinds } from './period-kinds.ts';

const p = (kind: PeriodKind, year: number, index = 1): Period => ({ kind, year, index });

describe('parsePeriod and formatPeriod', () => {
  it.each<[string, Period]>([
    ['2024', p('year', 2024)],
    ['2024H1', p('half-year', 2024, 1)],
    ['2024H2', p('half-year', 2024, 2)],
    ['2024Q1', p('quarter', 2024, 1)],
    ['2024Q2', p('quarter', 2024, 2)],
    ['2024Q3', p('quarter', 2024, 3)],
    ['2024Q4', p('quarter', 2024, 4)],
    ['2024-01', p('month', 2024, 1)],
    ['2024-03', p('month', 2024, 3)],
    ['2024-12', p('month', 2024, 12)],
    ['2024C6', p('cumulative', 2024, 6)],
    ['2024C9', p('cumulative', 2024, 9)],
    ['2024C12', p('cumulative', 2024, 12)],
    ['1900', p('year', 1900)],
    ['2200-12', p('month', 2200, 12)],
  ])('%s ↔ %j', (text, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period });
    expect(formatPeriod(period)).toBe(text);
  });

  it.each<[string, string]>([
    ['2024q1', '2024Q1'],
    [' 2024h2 ', '2024H2'],
    ['2024-Q3', '2024Q3'],
    ['2024-H1', '2024H1'],
    ['2024c9', '2024C9'],
  ])('reads %j as %s (lower case, spaces, the dashed form of task dues)', (text, canonical) => {
    const parsed = parsePeriod(text);
    expect(parsed.ok && formatPeriod(parsed.period)).toBe(canonical);
  });

  it.each<[string, string]>([
    ['', 'Chưa nhập kỳ báo cáo.'],
    ['   ', 'Chưa nhập kỳ báo cáo.'],
    ['2024Q5', 'Quý chỉ từ Q1 đến Q4, không có Q5.'],
    ['2024Q0', 'Quý chỉ từ Q1 đến Q4, không có Q0.'],
    ['2024H3', '6 tháng chỉ có H1 (đầu năm) và H2 (cuối năm), không có H3.'],
    ['2024-13', 'Tháng chỉ từ 01 đến 12, không có tháng 13.'],
    ['2024-00', 'Tháng chỉ từ 01 đến 12, không có tháng 00.'],
    ['2024C7', 'Kỳ lũy kế chỉ có C6, C9 và C12 (6, 9, 12 tháng), không có C7.'],
    ['1899', 'Năm 1899 nằm ngoài khoảng 1900–2200.'],
    ['2201Q1', 'Năm 2201 nằm ngoài khoảng 1900–2200.'],
  ])('refuses %j: %s', (text, message) => {
    expect(parsePeriod(text)).toEqual({ ok: false, message });
  });

  it.each(['2024-3', '24Q1', 'Q1/2024', '202401', '2024S1', '2024M9', '2024-03-01', 'năm 2024', '2024 Q1', '2024W1'])(
    'refuses %j with the written examples',
    (text) => {
      const parsed = parsePeriod(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toBe(
        `Kỳ báo cáo "${text}" không đúng dạng; viết như 2026, 2026H1, 2026Q1, 2026-03, 2026C9 (năm, 6 tháng, quý, tháng, lũy kế).`,
      );
    },
  );

  it('requirePeriod throws the Vietnamese message', () => {
    expect(requirePeriod('2026Q2')).toEqual(p('quarter', 2026, 2));
    expect(() => requirePeriod('2026Q9')).toThrow('Quý chỉ từ Q1 đến Q4, không có Q9.');
  });

  const allPeriods = fc
    .tuple(fc.constantFrom(...periodKinds), fc.integer({ min: 1900, max: 2200 }))
    .chain(([kind, year]) => fc.constantFrom(...periodKindRules[kind].indexes).map((index) => p(kind, year, index)));

  it('parse ∘ format is the identity on every period', () => {
    fc.assert(
      fc.property(allPeriods, (period) => {
        expect(parsePeriod(formatPeriod(period))).toEqual({ ok: true, period });
      }),
    );
  });

  it('format ∘ parse is the identity on every canonical identifier', () => {
    for (let year = 1990; year <= 2040; year += 1) {
      for (const kind of periodKinds) {
        for (const index of periodKindRules[kind].indexes) {
          const text = formatPeriod(p(kind, year, index));
          const parsed = parsePeriod(text);
          expect(parsed.ok && formatPeriod(parsed.period)).toBe(text);
        }
      }
    }
  });
});

describe('DHIS2 notation', () => {
  it.each<[string, Period]>([
    ['2024', p('year', 2024)],
    ['2024S1', p('half-year', 2024, 1)],
    ['2024S2', p('half-year', 2024, 2)],
    ['2024Q1', p('quarter', 2024, 1)],
    ['2024Q4', p('quarter', 2024, 4)],
    ['202401', p('month', 2024, 1)],
    ['202409', p('month', 2024, 9)],
    ['202412', p('month', 2024, 12)],
  ])('%s ↔ %j', (text, period) => {
    expect(parseDhis2Period(text)).toEqual({ ok: true, period });
    expect(formatDhis2Period(period)).toBe(text);
  });

  it('has no period type for the cumulative reports', () => {
    for (const index of [6, 9, 12]) expect(formatDhis2Period(p('cumulative', 2024, index))).toBeNull();
  });

  it.each<[string, string]>([
    ['2024S3', 'DHIS2 chỉ có S1 và S2, không có S3.'],
    ['202413', 'Tháng chỉ từ 01 đến 12, không có tháng 13.'],
    ['2024Q5', 'Quý chỉ từ Q1 đến Q4, không có Q5.'],
    ['', 'Chưa nhập kỳ báo cáo.'],
  ])('refuses %j: %s', (text, message) => {
    expect(parseDhis2Period(text)).toEqual({ ok: false, message });
  });

  it.each(['2024W1', '20240115', '2024AprilS1', '2024April', '202401B', '2024H1', '2024-01', '2024C9', '2024BiW1'])(
    'refuses the other DHIS2 types and our own forms: %j',
    (text) => {
      const parsed = parseDhis2Period(text);
      expect(!parsed.ok && parsed.message).toBe(
        `Kỳ DHIS2 "${text}" không đọc được; chỉ nhận năm, 6 tháng (S), quý (Q) và tháng, ví dụ 2026, 2026S1, 2026Q1, 202603.`,
      );
    },
  );

  it('DHIS2 → period → DHIS2 and period → DHIS2 → period for every year, half, quarter and month', () => {
    let checked = 0;
    for (let year = 1990; year <= 2040; year += 1) {
      for (const kind of ['year', 'half-year', 'quarter', 'month'] as const) {
        for (const index of periodKindRules[kind].indexes) {
          const period = p(kind, year, index);
          const dhis2 = formatDhis2Period(period)!;
          expect(parseDhis2Period(dhis2)).toEqual({ ok: true, period });
          const parsed = parseDhis2Period(dhis2);
          expect(parsed.ok && formatDhis2Period(parsed.period)).toBe(dhis2);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(51 * 19);
  });
});
