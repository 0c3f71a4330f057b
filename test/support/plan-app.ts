import type { FastifyInstance } from 'fastify';
import { ensureSeedAgencies } from '../../src/server/agencies/load-seed-agencies.ts';
import { buildApp } from '../../src/server/app.ts';
import { createAppContext } from '../../src/server/bootstrap.ts';
import { insertAdminUnits, seedUnitFixtures } from '../factories/agencies.ts';
import { insertSeedUnitSuccessions } from '../factories/plans.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * A fresh database with the seed units, their reform links and the seed agencies (what an
 * uploaded seed plan resolves against), and the app on it with logins not rate-limited.
 */
export async function startPlanApp(): Promise<{ db: TestDatabase; app: FastifyInstance }> {
  const db = await createTestDatabase();
  try {
    await insertAdminUnits(db.db, seedUnitFixtures());
    await insertSeedUnitSuccessions(db.db);
    await ensureSeedAgencies(db.db);
    return { db, app: await buildApp({ ctx: createAppContext(db, { loginRateLimit: 1000 }) }) };
  } catch (error) {
    await db.dispose();
    throw error;
  }
}
