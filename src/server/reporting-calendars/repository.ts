// Stored province calendars (the built-in ones are code).
import type { ReportingCalendar } from '../../domain/periods/reporting-calendars.ts';
import type { Executor } from '../plans/repository.ts';

export interface StoredCalendar {
  calendar: ReportingCalendar;
  provinceId: string;
  createdAt: string;
}

function toStored(row: { definition: unknown; province_id: string; created_at: Date | string }): StoredCalendar {
  const definition = typeof row.definition === 'string' ? JSON.parse(row.definition) : row.definition;
  return {
    calendar: definition as ReportingCalendar,
    provinceId: row.province_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Every stored calendar: at most a few per province, so the policy filters them in memory. */
export async function findAllCalendars(db: Executor): Promise<StoredCalendar[]> {
  const rows = await db
    .selectFrom('reporting_calendars')
    .select(['definition', 'province_id', 'created_at'])
    .orderBy('id')
    .execute();
  return rows.map(toStored);
}

export async function findStoredCalendar(db: Executor, id: string): Promise<StoredCalendar | undefined> {
  const row = await db
    .selectFrom('reporting_calendars')
    .select(['definition', 'province_id', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

export async function insertCalendar(
  db: Executor,
  input: { calendar: ReportingCalendar; provinceId: string; createdBy: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('reporting_calendars')
    .values({
      id: input.calendar.id,
      province_id: input.provinceId,
      name: input.calendar.name.vi,
      basis: input.calendar.basis,
      definition: JSON.stringify(input.calendar),
      created_by: input.createdBy,
      created_at: input.at,
    })
    .execute();
}
