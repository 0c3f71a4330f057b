import type { ColumnType } from 'kysely';

// Dates come back as 'YYYY-MM-DD' strings and numerics as numbers (see db/pg-types.ts).
export interface AdminUnitsTable {
  id: string;
  code: string | null;
  name: string;
  full_name: string;
  /** foldDiacritics(full_name): lets SQL match without diacritics, no extension needed. */
  search_text: string;
  level: 'province' | 'district' | 'commune';
  parent_id: string | null;
  valid_from: ColumnType<string | null, string | null, string | null>;
  valid_to: ColumnType<string | null, string | null, string | null>;
}

export interface AdminUnitSuccessionsTable {
  predecessor_id: string;
  successor_id: string;
  kind: 'merged' | 'split';
  share: ColumnType<number, number | string, number | string>;
  apportioned: boolean;
}

export interface AdminUnitTables {
  admin_units: AdminUnitsTable;
  admin_unit_successions: AdminUnitSuccessionsTable;
}
