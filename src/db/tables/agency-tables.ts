// Filled by the agencies feature.
export interface AgencyTables {}
