import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { foldDiacritics } from '../../src/domain/text/fold-diacritics.ts';
import { insertUnitTree } from '../factories/admin-units.ts';

export interface FixtureAgency {
  id: string;
  name: string;
  adminUnitId: string;
}

/** The tiny unit tree plus one agency per place the access tests need. */
export interface AccessFixtures {
  /** At province t-p1 (home of planners and admins). */
  provinceAgency: FixtureAgency;
  /** At commune t-c1 (inside t-p1). */
  communeAgency: FixtureAgency;
  /** At commune t-c2 (inside t-p1, a sibling of t-c1). */
  siblingCommuneAgency: FixtureAgency;
  /** At old commune t-oc1 (merged into t-c1). */
  oldCommuneAgency: FixtureAgency;
  /** At province t-p2: foreign to everyone at t-p1. */
  foreignAgency: FixtureAgency;
  /** At commune t-c3 (inside t-p2). */
  foreignCommuneAgency: FixtureAgency;
}

const agencies: Record<keyof AccessFixtures, FixtureAgency> = {
  provinceAgency: { id: 'ag-t-p1-ubnd', name: 'Ủy ban nhân dân Tỉnh Thử Nghiệm Một', adminUnitId: 't-p1' },
  communeAgency: { id: 'ag-t-c1-ubnd', name: 'Ủy ban nhân dân Xã An Hòa', adminUnitId: 't-c1' },
  siblingCommuneAgency: { id: 'ag-t-c2-ubnd', name: 'Ủy ban nhân dân Xã Bình Minh', adminUnitId: 't-c2' },
  oldCommuneAgency: { id: 'ag-t-oc1-ubnd', name: 'Ủy ban nhân dân Xã An Lạc', adminUnitId: 't-oc1' },
  foreignAgency: { id: 'ag-t-p2-so-bi-mat', name: 'Sở Kín Đáo Tỉnh Thử Nghiệm Hai', adminUnitId: 't-p2' },
  foreignCommuneAgency: { id: 'ag-t-c3-ubnd', name: 'Ủy ban nhân dân Phường Đông Hưng', adminUnitId: 't-c3' },
};

export async function seedAccessFixtures(db: Kysely<Database>): Promise<AccessFixtures> {
  await insertUnitTree(db);
  await db
    .insertInto('agencies')
    .values(
      Object.values(agencies).map((agency) => ({
        id: agency.id,
        admin_unit_id: agency.adminUnitId,
        name: agency.name,
        short_name: null,
        type: agency.id.endsWith('-ubnd') ? ('people_committee' as const) : ('specialised_office' as const),
        search_text: foldDiacritics(agency.name),
        valid_from: null,
        valid_to: null,
      })),
    )
    .execute();
  return agencies;
}
