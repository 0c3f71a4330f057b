import { describe, expect, it } from 'vitest';
import { seedCatalogue } from './catalogue/index.ts';
import { computeIndicator } from './compute-indicator.ts';
import type { DataValue, Indicator } from './types.ts';

const { dataElements } = seedCatalogue;

function findIndicator(id: string): Indicator {
  const indicator = seedCatalogue.indicators.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(id);
  return indicator;
}

function value(dataElementId: string, unitId: string, period: string, amount: number): DataValue {
  return { dataElementId, unitId, period, value: amount };
}

describe('computeIndicator', () => {
  it('computes a rate from the sums across units, never the average of unit rates', () => {
    const values = [
      value('labour-employed-trained', 'c-1', '2024', 90),
      value('labour-employed', 'c-1', '2024', 100),
      value('labour-employed-trained', 'c-2', '2024', 10),
      value('labour-employed', 'c-2', '2024', 300),
    ];
    // Unit rates are 90% and 3.3% (average 46.7%); the two units together have 100 / 400.
    expect(computeIndicator(findIndicator('labour-trained-rate'), values, dataElements)).toBe(25);
  });

  it('uses factor 10,000 for per-10k indicators', () => {
    const values = [value('health-doctors', 'p-82', '2025', 120), value('population', 'p-82', '2025', 150_000)];
    expect(computeIndicator(findIndicator('health-doctors-per10k'), values, dataElements)).toBe(8);
  });

  it('returns null when the denominator is zero or missing', () => {
    const rate = findIndicator('health-under5-stunting-rate');
    expect(
      computeIndicator(
        rate,
        [value('health-children-under5-stunted', 'c-1', '2024', 0), value('health-children-under5', 'c-1', '2024', 0)],
        dataElements,
      ),
    ).toBeNull();
    expect(
      computeIndicator(rate, [value('health-children-under5-stunted', 'c-1', '2024', 3)], dataElements),
    ).toBeNull();
    expect(computeIndicator(findIndicator('employment-job-referrals'), [], dataElements)).toBeNull();
  });

  it('sums flows across periods and takes the last period of stocks', () => {
    const referrals = [
      value('employment-job-referrals', 'c-1', '2024Q1', 100),
      value('employment-job-referrals', 'c-2', '2024Q1', 50),
      value('employment-job-referrals', 'c-1', '2024Q2', 70),
    ];
    expect(computeIndicator(findIndicator('employment-job-referrals'), referrals, dataElements)).toBe(220);
    const schools = [
      value('edu-national-standard-schools', 'c-1', '2024H2', 12),
      value('edu-national-standard-schools', 'c-1', '2024H1', 10),
      value('edu-national-standard-schools', 'c-2', '2024H2', 3),
    ];
    expect(computeIndicator(findIndicator('edu-national-standard-schools'), schools, dataElements)).toBe(15);
  });

  it('combines a flow numerator with a stock denominator', () => {
    const values = [
      value('labour-retrained', 'c-1', '2030Q1', 30),
      value('labour-retrained', 'c-1', '2030Q2', 20),
      value('labour-employed', 'c-1', '2030Q1', 90),
      value('labour-employed', 'c-1', '2030Q2', 100),
    ];
    expect(computeIndicator(findIndicator('labour-retrained-rate'), values, dataElements)).toBe(50);
  });

  it('throws on an unknown data element or period', () => {
    const broken: Indicator = {
      ...findIndicator('employment-job-referrals'),
      formula: { kind: 'count', dataElement: 'nope', factor: 1 },
    };
    expect(() => computeIndicator(broken, [], dataElements)).toThrow(/nope/);
    expect(() =>
      computeIndicator(
        findIndicator('edu-national-standard-schools'),
        [
          value('edu-national-standard-schools', 'c-1', 'Q1/2024', 1),
          value('edu-national-standard-schools', 'c-1', '2024', 1),
        ],
        dataElements,
      ),
    ).toThrow(/Kỳ báo cáo "Q1\/2024"/);
  });
});
