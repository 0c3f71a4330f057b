import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.ts';

const ownFile = fileURLToPath(import.meta.url);
const migrationFolder = path.join(path.dirname(ownFile), 'migrations');
/** `.ts` from the sources (vitest, tsx), `.js` from the compiled build/: migrations match. */
const migrationExtension = path.extname(ownFile);

/**
 * Reads the migrations beside this module (src/db/migrations/*.ts, or build/db/migrations/*.js).
 * Our own dynamic import (rather than Kysely's FileMigrationProvider) so that the
 * TypeScript loader in use (tsx, vitest) applies.
 */
class MigrationFolderProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const pattern = new RegExp(`^\\d{14}-[a-z0-9-]+\\${migrationExtension}$`);
    const files = (await readdir(migrationFolder)).filter((file) => pattern.test(file)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(migrationFolder, file)).href)) as Migration;
      migrations[file.slice(0, -migrationExtension.length)] = module;
    }
    return migrations;
  }
}

/** Applies every pending migration (forward only) and returns the names applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new MigrationFolderProvider(),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Không áp dụng được thay đổi cấu trúc dữ liệu ${failed?.migrationName ?? ''}: ${reason}`);
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
