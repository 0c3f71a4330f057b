import type { ColumnType } from 'kysely';
import type { AgencyType } from '../../domain/agencies/types.ts';

// Dates come back as 'YYYY-MM-DD' strings (see db/pg-types.ts).
export interface AgenciesTable {
  /** `ag-<adminUnitId>-<key>`, e.g. ag-p-82-so-noi-vu. */
  id: string;
  admin_unit_id: string;
  name: string;
  short_name: string | null;
  type: AgencyType;
  /** foldDiacritics of name, short name and aliases: diacritics-insensitive search without extensions. */
  search_text: string;
  /** vietnameseSortKey(name): Vietnamese order under COLLATE "C". */
  sort_name: ColumnType<string, string | undefined, string>;
  valid_from: ColumnType<string | null, string | null, string | null>;
  valid_to: ColumnType<string | null, string | null, string | null>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AgencyAliasesTable {
  agency_id: string;
  alias: string;
  alias_folded: string;
}

/** predecessor → successor after a reorganisation; the note says what moved. */
export interface AgencySuccessionsTable {
  predecessor_id: string;
  successor_id: string;
  note: string;
}

export interface AgencyTables {
  agencies: AgenciesTable;
  agency_aliases: AgencyAliasesTable;
  agency_successions: AgencySuccessionsTable;
}
