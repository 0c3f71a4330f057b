import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { invalidateAgencyCatalogue } from './service.ts';
import { existingUnitIds, insertAgency, insertSuccessions } from './repository.ts';
import { seedAgencies, seedSuccessions } from './seed-agencies.ts';

export interface SeedAgencyLoadResult {
  inserted: number;
  /** Agencies left out because their admin unit is not in admin_units. */
  skippedMissingUnit: number;
  successionsAdded: number;
}

/**
 * Inserts the seed agencies that are missing (by id) and their succession links, with one
 * audit row for the whole import. Existing rows are never touched, so edits made by users
 * survive restarts.
 */
export async function ensureSeedAgencies(db: Kysely<Database>): Promise<SeedAgencyLoadResult> {
  const result = await db.transaction().execute(async (trx) => {
    const present = new Set((await trx.selectFrom('agencies').select('id').execute()).map((row) => row.id));
    const units = await existingUnitIds(trx, [...new Set(seedAgencies.map((agency) => agency.adminUnitId))]);
    const missing = seedAgencies.filter((agency) => !present.has(agency.id));
    const insertable = missing.filter((agency) => units.has(agency.adminUnitId));
    const skippedMissingUnit = missing.length - insertable.length;
    if (skippedMissingUnit > 0) {
      console.warn(`Bỏ qua ${skippedMissingUnit} cơ quan mẫu vì chưa có đơn vị hành chính tương ứng.`);
    }
    for (const agency of insertable) await insertAgency(trx, agency);

    const available = new Set([...present, ...insertable.map((agency) => agency.id)]);
    const links = seedSuccessions.filter(
      (link) => available.has(link.predecessorId) && available.has(link.successorId),
    );
    const before = await trx
      .selectFrom('agency_successions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    await insertSuccessions(trx, links);
    const after = await trx
      .selectFrom('agency_successions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const successionsAdded = Number(after.count) - Number(before.count);

    if (insertable.length > 0 || successionsAdded > 0) {
      await recordAudit(trx, {
        actor: null,
        action: 'import',
        entity: 'agency',
        entityId: 'seed',
        after: { inserted: insertable.map((agency) => agency.id), successionsAdded, skippedMissingUnit },
      });
    }
    return { inserted: insertable.length, skippedMissingUnit, successionsAdded };
  });
  invalidateAgencyCatalogue(db);
  return result;
}
