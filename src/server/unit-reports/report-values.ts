// The values section of a unit report: the unit's own stored values of the data elements the
// plan's linked indicators are made of, for the report's period. Read, never copied: the
// report shows them read-only with a way to the entry form (src/server/values saves them),
// so a figure corrected there is corrected in the report.
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';
import type { Executor } from '../plans/repository.ts';
import { findNamedValuesOfUnits } from '../values/repository.ts';
import { catalogue } from '../values/service.ts';
import { findLinkedIndicatorIds } from './repository.ts';

export interface ReportValue {
  indicatorId: string;
  indicatorName: string;
  dataElementId: string;
  dataElementName: string;
  unit: string;
  value: number | null;
  enteredAt: string | null;
  enteredByName: string | null;
}

const indicatorsById = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
const elementsById = new Map(catalogue.dataElements.map((element) => [element.id, element]));

export async function readReportValues(
  db: Executor,
  input: { planId: string; unitId: string; period: string },
): Promise<ReportValue[]> {
  const pairs: Array<{ indicatorId: string; dataElementId: string }> = [];
  for (const indicatorId of await findLinkedIndicatorIds(db, input.planId)) {
    const indicator = indicatorsById.get(indicatorId);
    if (!indicator) continue;
    const elements =
      indicator.formula.kind === 'ratio'
        ? [indicator.formula.numerator, indicator.formula.denominator]
        : [indicator.formula.dataElement];
    for (const dataElementId of elements) pairs.push({ indicatorId, dataElementId });
  }
  const stored = await findNamedValuesOfUnits(db, {
    dataElementIds: [...new Set(pairs.map((pair) => pair.dataElementId))],
    unitIds: [input.unitId],
    calendarId: calendarYear.id,
  });
  const byElement = new Map(
    stored
      .filter((row) => row.period === input.period && row.disaggregation === '')
      .map((row) => [row.dataElementId, row]),
  );
  return pairs.map(({ indicatorId, dataElementId }) => {
    const element = elementsById.get(dataElementId);
    const row = byElement.get(dataElementId);
    return {
      indicatorId,
      indicatorName: indicatorsById.get(indicatorId)?.name.vi ?? indicatorId,
      dataElementId,
      dataElementName: element?.name.vi ?? dataElementId,
      unit: element?.unit ?? '',
      value: row?.value ?? null,
      enteredAt: row?.enteredAt ?? null,
      enteredByName: row?.enteredByName ?? null,
    };
  });
}
