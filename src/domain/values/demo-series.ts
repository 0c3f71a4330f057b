// Demo series, second half: the area levels of demo-scenarios.ts turned into the figures units
// report — a denominator sized by each commune's population, numerators that sum to the
// designed rate (each commune a little off it, never above its denominator), counts shared by
// population, and the female part of what is split by sex. Years before the reform are
// reported by the old communes (the first year by the old district as a whole), later years by
// today's communes, so the roll-up carries the old figures onto today's map. Some communes miss
// a year and the last year is reported only in part. Pure and deterministic.
import { reformDate } from '../admin-units/types.ts';
import type { DataElement, Indicator } from '../indicators/types.ts';
import { formatPeriod } from '../periods/period-ids.ts';
import { windowOf } from '../periods/period-windows.ts';
import { calendarYear } from '../periods/reporting-calendars.ts';
import { hashUnit } from './demo-prng.ts';
import { type DemoSeriesDesign, demoFirstYear, demoLastYear, demoYears } from './demo-scenarios.ts';

/** The units one plan's figures come from. */
export interface DemoArea {
  /** Seed text of the area (the plan's document), so each plan gets its own numbers. */
  key: string;
  /** The old district that sent one figure for the first year; null when the plan is not a district's. */
  oldDistrictId: string | null;
  /** Communes before the reform (they report the years before it). */
  oldCommuneIds: readonly string[];
  /** Today's communes, each with the units it was formed from and their shares (its size). */
  newCommunes: readonly { id: string; sources: readonly { unitId: string; share: number }[] }[];
}

/** One figure to store (calendar year periods; disaggregation '' or 'sex=female'). */
export interface DemoValue {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation: string;
  value: number;
}

/** Share of communes silent in a year: old and new map, and the year under way. */
const missingShare = { oldMap: 0.1, newMap: 0.08, lastYear: 0.45 };
const femaleKey = 'sex=female';

// Per 10,000 inhabitants, for data elements matched by id (first match wins): the size of
// what a commune reports. Plausible orders of magnitude, not statistics.
const sizesPer10k: readonly [RegExp, number][] = [
  [/^population$/, 10_000],
  [/^labour-employed-key-sectors/, 900],
  [/^labour-/, 5_500],
  [/^health-children-under5/, 700],
  [/creche/, 450],
  [/kindergarten-age5/, 160],
  [/kindergarten/, 450],
  [/-all$/, 2_600],
  [/primary-lower-secondary/, 5],
  [/-primary$/, 800],
  [/lower-secondary-graduates/, 140],
  [/-lower-secondary$/, 600],
  [/upper-secondary-graduates|secondary-graduates/, 130],
  [/upper-secondary/, 430],
  [/^vet-/, 70],
  [/young-leaders/, 8],
  [/^officials-commune/, 22],
  [/^officials/, 35],
  [/managers-teachers|staff-teaching/, 90],
  [/teachers-primary/, 30],
  [/teachers-lower-secondary/, 22],
  [/teachers-preschool/, 18],
  [/edu-managers/, 10],
  [/enterprise-managers/, 12],
  [/health-staff/, 14],
  [/health-doctors|health-nurses/, 40],
  [/stations|admin-units|schools/, 1],
];

function sizePer10k(element: DataElement): number {
  for (const [pattern, size] of sizesPer10k) if (pattern.test(element.id)) return size;
  return element.unit === 'người' ? 200 : 1;
}

/** Whether the year's figures belong to the old map: its window ends before the reform. */
export function isOldMapYear(year: number): boolean {
  return windowOf({ kind: 'year', year, index: 1 }, calendarYear).until <= reformDate;
}

const basePopulation = (unitId: string) => 6_000 + 9_000 * hashUnit(`population|${unitId}`);

/** Who reports each year: the district first (when there is one), then communes, some silent. */
function reportingUnits(area: DemoArea, year: number): string[] {
  if (isOldMapYear(year) && area.oldDistrictId !== null && year === demoFirstYear) return [area.oldDistrictId];
  const ids = isOldMapYear(year) ? area.oldCommuneIds : area.newCommunes.map((commune) => commune.id);
  const share = !isOldMapYear(year)
    ? year === demoLastYear
      ? missingShare.lastYear
      : missingShare.newMap
    : missingShare.oldMap;
  const reporting = ids.filter((id) => hashUnit(`silent|${area.key}|${id}|${year}`) >= share);
  return reporting.length > 0 ? reporting : ids.slice(0, 1);
}

/** Largest-remainder split of a whole total by weights. */
function splitTotal(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (sum > 0 ? (total * weight) / sum : total / weights.length));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/** Moves numerators by one, in turn, until they sum to `total`, each within [0, its denominator]. */
function settleNumerators(numerators: number[], denominators: readonly number[], total: number): void {
  let diff = total - numerators.reduce((a, b) => a + b, 0);
  for (let guard = 0; diff !== 0 && guard < 1_000_000; guard++) {
    const i = guard % numerators.length;
    const step = diff > 0 ? 1 : -1;
    const next = numerators[i]! + step;
    if (next < 0 || next > denominators[i]!) {
      if (guard > numerators.length * 4 && numerators.every((n, j) => (step > 0 ? n >= denominators[j]! : n <= 0)))
        return;
      continue;
    }
    numerators[i] = next;
    diff -= step;
  }
}

export interface GenerateDemoValuesInput {
  areas: readonly { area: DemoArea; designs: readonly DemoSeriesDesign[] }[];
  indicators: ReadonlyMap<string, Indicator>;
  dataElements: ReadonlyMap<string, DataElement>;
}

/** Every figure of the demo, in a stable order; a figure shared by two indicators is written once. */
export function generateDemoValues(input: GenerateDemoValuesInput): DemoValue[] {
  const values = new Map<string, DemoValue>();
  const put = (dataElementId: string, unitId: string, year: number, disaggregation: string, value: number) => {
    const key = `${dataElementId}|${unitId}|${year}|${disaggregation}`;
    if (!values.has(key))
      values.set(key, {
        dataElementId,
        unitId,
        period: formatPeriod({ kind: 'year', year, index: 1 }),
        disaggregation,
        value,
      });
    return values.get(key)!.value;
  };
  for (const { area, designs } of input.areas) {
    const population = new Map<string, number>();
    for (const id of area.oldCommuneIds) population.set(id, basePopulation(id));
    for (const commune of area.newCommunes)
      population.set(
        commune.id,
        commune.sources.reduce((sum, source) => sum + source.share * basePopulation(source.unitId), 0),
      );
    if (area.oldDistrictId !== null)
      population.set(
        area.oldDistrictId,
        area.oldCommuneIds.reduce((sum, id) => sum + population.get(id)!, 0),
      );
    const populationIn = (unitId: string, year: number) =>
      (population.get(unitId) ?? basePopulation(unitId)) * (1 + 0.008 * (year - demoFirstYear));
    const isCommune = (unitId: string) => unitId !== area.oldDistrictId;

    /** A whole element (denominator or count) for a unit and year, with its female part. */
    const sizeOf = (element: DataElement, unitId: string, year: number) => {
      const jitter = 0.9 + 0.2 * hashUnit(`size|${element.id}|${unitId}`);
      const value = Math.max(1, Math.round((populationIn(unitId, year) * sizePer10k(element) * jitter) / 10_000));
      const stored = put(element.id, unitId, year, '', value);
      if (element.disaggregations.includes('sex') && isCommune(unitId))
        put(element.id, unitId, year, femaleKey, Math.round(stored * femaleShare(element.id, unitId)));
      return stored;
    };

    for (const design of designs) {
      const indicator = input.indicators.get(design.indicatorId);
      if (!indicator) continue;
      const formula = indicator.formula;
      for (const year of demoYears) {
        const level = design.levels.get(year);
        if (level === undefined) continue;
        const units = reportingUnits(area, year);
        if (formula.kind === 'count') {
          const element = input.dataElements.get(formula.dataElement)!;
          const parts = splitTotal(
            Math.round(level),
            units.map((id) => populationIn(id, year)),
          );
          units.forEach((unitId, i) => {
            const stored = put(element.id, unitId, year, '', parts[i]!);
            if (element.disaggregations.includes('sex') && isCommune(unitId))
              put(element.id, unitId, year, femaleKey, Math.round(stored * femaleShare(element.id, unitId)));
          });
          continue;
        }
        const numeratorElement = input.dataElements.get(formula.numerator)!;
        const denominatorElement = input.dataElements.get(formula.denominator)!;
        const denominators = units.map((unitId) => sizeOf(denominatorElement, unitId, year));
        const total = Math.round((level / formula.factor) * denominators.reduce((a, b) => a + b, 0));
        // Each commune a little off the area's level (less so near 0 or 100%), then settled to the total.
        const spread = Math.min(0.04 * level, formula.factor === 100 ? (100 - level) / 3 : level, level / 3);
        const numerators = units.map((unitId, i) => {
          const own = level + (2 * hashUnit(`rate|${design.indicatorId}|${unitId}|${year}`) - 1) * spread;
          return Math.min(denominators[i]!, Math.max(0, Math.round((own / formula.factor) * denominators[i]!)));
        });
        settleNumerators(numerators, denominators, total);
        units.forEach((unitId, i) => {
          const numerator = put(numeratorElement.id, unitId, year, '', numerators[i]!);
          if (!numeratorElement.disaggregations.includes('sex') || !isCommune(unitId)) return;
          const femaleWhole = denominatorElement.disaggregations.includes('sex')
            ? values.get(`${denominatorElement.id}|${unitId}|${year}|${femaleKey}`)?.value
            : undefined;
          const share = femaleShare(numeratorElement.id, unitId);
          const female = Math.round(numerator * share);
          put(
            numeratorElement.id,
            unitId,
            year,
            femaleKey,
            femaleWhole === undefined ? female : Math.min(female, femaleWhole),
          );
        });
      }
    }
  }
  return [...values.values()];
}

/** Women's share of an element in a commune: near one half. */
function femaleShare(elementId: string, unitId: string): number {
  return 0.46 + 0.08 * hashUnit(`female|${elementId}|${unitId}`);
}
