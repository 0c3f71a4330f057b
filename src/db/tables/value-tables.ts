import type { ColumnType } from 'kysely';

export type ValueSource = 'entered' | 'imported' | 'computed';

/** One reported figure (issue 9); see migration 20261203300000. */
export interface DataValuesTable {
  data_element_id: string;
  unit_id: string;
  /** Canonical period text (formatPeriod): 2024, 2024H1, 2024Q1, 2024-03, 2024C9. */
  period: string;
  /** The reporting calendar the period is read in (calendarYear.id, decree09Calendar.id ...). */
  calendar_id: string;
  /** '' for the total; a canonical key such as 'sex=female' for a part of it. */
  disaggregation: ColumnType<string, string | undefined, string>;
  value: number;
  source: ValueSource;
  /** The user who saved it; null for the system (imports, jobs). */
  entered_by: string | null;
  entered_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ValueTables {
  data_values: DataValuesTable;
  data_generation: DataGenerationTable;
}

/** A single row: goes up with every write to what evaluations read (migration 20261203400100). */
export interface DataGenerationTable {
  id: number;
  generation: ColumnType<number, never, never>;
}
