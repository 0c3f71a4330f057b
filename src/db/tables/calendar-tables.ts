import type { ColumnType } from 'kysely';
import type { ReportingCalendar } from '../../domain/periods/reporting-calendars.ts';

/** A province's own reporting calendar; see migration 20261203400200. */
export interface ReportingCalendarsTable {
  id: string;
  province_id: string;
  name: string;
  basis: string;
  definition: ColumnType<ReportingCalendar, string, string>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CalendarTables {
  reporting_calendars: ReportingCalendarsTable;
}
