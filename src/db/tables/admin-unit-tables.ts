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

/** One row per unit a root unit's users may see (AdminUnitIndex.scopeUnitIds); join on root_unit_id. */
export interface AdminUnitScopesTable {
  root_unit_id: string;
  unit_id: string;
}

export interface AdminUnitTables {
  admin_units: AdminUnitsTable;
  admin_unit_successions: AdminUnitSuccessionsTable;
  admin_unit_scopes: AdminUnitScopesTable;
}
