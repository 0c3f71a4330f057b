import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

// Loads the admin units (34 provinces, 3,321 communes, pre-2025 history); being written.
export async function ensureAdminUnits(_db: Kysely<Database>): Promise<void> {}
