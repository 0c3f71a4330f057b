// Filled by the users-and-access feature.
export interface AccessTables {}
