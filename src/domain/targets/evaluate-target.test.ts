import { describe, expect, it } from 'vitest';
import { BEFORE, PASSED, runCase as run } from './test-cases.ts';

describe('evaluateTarget output', () => {
  it('records how a forecast status was computed', () => {
    const result = run({
      name: '',
      op: 'gte',
      value: 70,
      year: 2027,
      series: [
        [2023, 58],
        [2024, 61.5],
        [2025, 64],
      ],
      asOf: BEFORE,
      status: 'on_track',
    });
    expect(result.latest).toEqual({ year: 2025, value: 64 });
    expect(result.method).toMatchObject({
      mode: 'forecast',
      fit: 'least-squares',
      slope: 3,
      requiredRate: 3,
      ratio: 1,
      thresholds: { onTrack: 0.95, atRisk: 0.6 },
      band: { method: 'prediction-interval', confidence: 0.8 },
    });
    expect(result.method.pointsUsed).toHaveLength(3);
    expect(result.forecast).toMatchObject({ value: 70, year: 2027, ratio: 1 });
    expect(result.forecast?.low).toBeLessThan(70);
    expect(result.forecast?.high).toBeGreaterThan(70);
  });

  it('gives two points no band', () => {
    const result = run({
      name: '',
      op: 'gte',
      value: 70,
      year: 2027,
      series: [
        [2024, 61],
        [2025, 64],
      ],
      asOf: BEFORE,
      status: 'on_track',
    });
    expect(result.method.fit).toBe('two-point');
    expect(result.forecast).toMatchObject({ value: 70, low: 70, high: 70 });
    expect(result.method.band.method).toBe('none');
  });

  it('keeps a percentage forecast within 0-100', () => {
    const result = run({
      name: '',
      op: 'eq',
      value: 100,
      year: 2027,
      series: [
        [2024, 90],
        [2025, 98],
      ],
      asOf: BEFORE,
      status: 'on_track',
    });
    expect(result.forecast?.value).toBe(100);
  });

  it('says so in English too', () => {
    const result = run({ name: '', op: 'gt', value: 72, series: [[2024, 73.4]], asOf: PASSED, status: 'met' });
    expect(result.explanationEn).toBe('2024: 73.4% — target above 72%: met');
  });

  it('notes an op that goes against the polarity', () => {
    const result = run({
      name: '',
      op: 'gte',
      value: 70,
      polarity: 'lower',
      series: [[2024, 71]],
      asOf: PASSED,
      status: 'met',
    });
    expect(result.method.notes).toContain('op-direction-differs-from-polarity');
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => run({ name: '', op: 'gte', value: 70, series: [], asOf: 'today', status: 'no_data' })).toThrow(
      RangeError,
    );
  });
});
