import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

// Loads the agencies named by the seed plans; being written.
export async function ensureSeedAgencies(_db: Kysely<Database>): Promise<void> {}
