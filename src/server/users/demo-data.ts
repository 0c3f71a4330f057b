import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface DemoLogin {
  username: string;
  password: string;
  description: string;
}

// Creates the demo users on an empty database; being written.
export async function loadDemoData(_db: Kysely<Database>): Promise<DemoLogin[]> {
  return [];
}
