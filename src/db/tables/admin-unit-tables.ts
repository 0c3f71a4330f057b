// Filled by the admin-units feature.
export interface AdminUnitTables {}
