// The one admin-unit map of the db and API tests: a tiny hand-made map with ids prefixed "t-"
// (what the access tests reason about) plus the units of the seed agencies (what uploaded seed
// plans resolve against), with the reform links between them, and one agency per place the
// access tests need. Pure domain tests use src/domain/admin-units/test-fixtures.ts instead.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { AdminUnit, AdminUnitSuccession } from '../../src/domain/admin-units/types.ts';
import { reformDate } from '../../src/domain/admin-units/types.ts';
import { foldDiacritics } from '../../src/domain/text/fold-diacritics.ts';
import { insertSuccessions, insertUnits } from '../../src/server/admin-units/repository.ts';
import { seedUnits } from '../../src/server/agencies/seed-agencies.ts';

const current = { validFrom: reformDate, validTo: null } as const;
const old = { validFrom: null, validTo: reformDate } as const;

/**
 * The hand-made part: provinces t-p1 (communes t-c1, t-c2) and t-p2 (commune t-c3), and an
 * old district t-od1 (until 2025-07-01) whose communes t-oc1 and t-oc2 merged into t-c1 and
 * whose commune t-oc3 split between t-c1 (40%) and t-c2 (60%).
 */
const testUnits: AdminUnit[] = [
  {
    id: 't-p1',
    code: '91',
    name: 'Tỉnh Thử Nghiệm Một',
    fullName: 'Tỉnh Thử Nghiệm Một',
    level: 'province',
    parentId: null,
    ...current,
  },
  {
    id: 't-p2',
    code: '92',
    name: 'Tỉnh Thử Nghiệm Hai',
    fullName: 'Tỉnh Thử Nghiệm Hai',
    level: 'province',
    parentId: null,
    ...current,
  },
  {
    id: 't-c1',
    code: '91001',
    name: 'Xã An Hòa',
    fullName: 'Xã An Hòa, Tỉnh Thử Nghiệm Một',
    level: 'commune',
    parentId: 't-p1',
    ...current,
  },
  {
    id: 't-c2',
    code: '91002',
    name: 'Xã Bình Minh',
    fullName: 'Xã Bình Minh, Tỉnh Thử Nghiệm Một',
    level: 'commune',
    parentId: 't-p1',
    ...current,
  },
  {
    id: 't-c3',
    code: '92001',
    name: 'Phường Đông Hưng',
    fullName: 'Phường Đông Hưng, Tỉnh Thử Nghiệm Hai',
    level: 'commune',
    parentId: 't-p2',
    ...current,
  },
  { id: 't-od1', code: null, name: 'Huyện Cũ', fullName: 'Huyện Cũ', level: 'district', parentId: null, ...old },
  {
    id: 't-oc1',
    code: '91901',
    name: 'Xã An Lạc',
    fullName: 'Xã An Lạc, Huyện Cũ',
    level: 'commune',
    parentId: 't-od1',
    ...old,
  },
  {
    id: 't-oc2',
    code: '91902',
    name: 'Xã Hòa Lợi',
    fullName: 'Xã Hòa Lợi, Huyện Cũ',
    level: 'commune',
    parentId: 't-od1',
    ...old,
  },
  {
    id: 't-oc3',
    code: '91903',
    name: 'Xã Tân Phú',
    fullName: 'Xã Tân Phú, Huyện Cũ',
    level: 'commune',
    parentId: 't-od1',
    ...old,
  },
];

const testSuccessions: AdminUnitSuccession[] = [
  { predecessorId: 't-oc1', successorId: 't-c1', kind: 'merged', share: 1, apportioned: false },
  { predecessorId: 't-oc2', successorId: 't-c1', kind: 'merged', share: 1, apportioned: false },
  // A split with recorded shares: 40% of Tân Phú went to An Hòa, 60% to Bình Minh.
  { predecessorId: 't-oc3', successorId: 't-c1', kind: 'split', share: 0.4, apportioned: true },
  { predecessorId: 't-oc3', successorId: 't-c2', kind: 'split', share: 0.6, apportioned: true },
];

/** Old provinces ("op-…") and districts ("od-…") end at the reform; the rest start there. */
const isOldSeedUnit = (id: string) => id.startsWith('op-') || id.startsWith('od-');

/**
 * The units the seed agencies belong to (p-82 Đồng Tháp, c-30037 Tháp Mười, the old district
 * od-tinh-dong-thap.huyen-thap-muoi…), named as the agencies module lists them, so that they stay
 * in step with the seed agencies. An old province merged into its current one; an old district
 * split into its communes.
 */
const seedMapUnits: AdminUnit[] = seedUnits.map((unit) => ({
  id: unit.id,
  code: null,
  name: unit.name,
  fullName: unit.name,
  level: unit.level,
  parentId: unit.parentId,
  ...(isOldSeedUnit(unit.id) ? old : current),
}));

const seedMapSuccessions: AdminUnitSuccession[] = seedUnits.flatMap((unit) =>
  unit.successorIds.map((successorId) => ({
    predecessorId: unit.id,
    successorId,
    kind: unit.level === 'district' ? ('split' as const) : ('merged' as const),
    share: 1,
    apportioned: false,
  })),
);

const levelOrder = { province: 0, district: 1, commune: 2 } as const;

/** Every unit of the map, parents before children, and every succession link. */
export const unitMap: { readonly units: readonly AdminUnit[]; readonly successions: readonly AdminUnitSuccession[] } = {
  units: [...testUnits, ...seedMapUnits].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]),
  successions: [...testSuccessions, ...seedMapSuccessions],
};

/** The display name of a unit of the map; throws for an id the map lacks. */
export function unitName(id: string): string {
  const unit = unitMap.units.find((candidate) => candidate.id === id);
  if (!unit) throw new Error(`no unit ${id} in the test map`);
  return unit.name;
}

/** Inserts the units and successions (no agencies). Call ctx.adminUnits.invalidate() if an index was already loaded. */
export async function insertUnitMap(db: Kysely<Database>): Promise<void> {
  await insertUnits(db, unitMap.units);
  await insertSuccessions(db, unitMap.successions);
}

export interface FixtureAgency {
  id: string;
  name: string;
  adminUnitId: string;
}

/** One agency per place of the hand-made part the access tests need (the seed agencies are separate). */
export interface MapAgencies {
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

export const mapAgencies: Readonly<MapAgencies> = {
  provinceAgency: { id: 'ag-t-p1-ubnd', name: 'Ủy ban nhân dân Tỉnh Thử Nghiệm Một', adminUnitId: 't-p1' },
  communeAgency: { id: 'ag-t-c1-ubnd', name: 'Ủy ban nhân dân Xã An Hòa', adminUnitId: 't-c1' },
  siblingCommuneAgency: { id: 'ag-t-c2-ubnd', name: 'Ủy ban nhân dân Xã Bình Minh', adminUnitId: 't-c2' },
  oldCommuneAgency: { id: 'ag-t-oc1-ubnd', name: 'Ủy ban nhân dân Xã An Lạc', adminUnitId: 't-oc1' },
  foreignAgency: { id: 'ag-t-p2-so-bi-mat', name: 'Sở Kín Đáo Tỉnh Thử Nghiệm Hai', adminUnitId: 't-p2' },
  foreignCommuneAgency: { id: 'ag-t-c3-ubnd', name: 'Ủy ban nhân dân Phường Đông Hưng', adminUnitId: 't-c3' },
};

/** Inserts the map's agencies (their units must be there). */
export async function insertMapAgencies(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('agencies')
    .values(
      Object.values(mapAgencies).map((agency) => ({
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
}
