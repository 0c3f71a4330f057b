import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { AdminUnit, AdminUnitSuccession } from '../../src/domain/admin-units/types.ts';
import { insertSuccessions, insertUnits } from '../../src/server/admin-units/repository.ts';

const current = { validFrom: '2025-07-01', validTo: null } as const;
const old = { validFrom: null, validTo: '2025-07-01' } as const;

/**
 * A tiny map with ids prefixed "t-" so it never clashes with the real data:
 * provinces t-p1 (communes t-c1, t-c2) and t-p2 (commune t-c3), and an old district
 * t-od1 (until 2025-07-01) whose communes t-oc1 and t-oc2 merged into t-c1.
 */
export function buildUnitTree(): { units: AdminUnit[]; successions: AdminUnitSuccession[] } {
  const units: AdminUnit[] = [
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
  ];
  const successions: AdminUnitSuccession[] = [
    { predecessorId: 't-oc1', successorId: 't-c1', kind: 'merged', share: 1, apportioned: false },
    { predecessorId: 't-oc2', successorId: 't-c1', kind: 'merged', share: 1, apportioned: false },
  ];
  return { units, successions };
}

export interface UnitTreeIds {
  provinces: [string, string];
  communes: [string, string, string];
  oldDistrict: string;
  oldCommunes: [string, string];
}

/** Inserts the tiny map (see buildUnitTree). Call ctx.adminUnits.invalidate() if an index was already loaded. */
export async function insertUnitTree(db: Kysely<Database>): Promise<UnitTreeIds> {
  const { units, successions } = buildUnitTree();
  const order = { province: 0, district: 1, commune: 2 } as const;
  await insertUnits(
    db,
    [...units].sort((a, b) => order[a.level] - order[b.level]),
  );
  await insertSuccessions(db, successions);
  return {
    provinces: ['t-p1', 't-p2'],
    communes: ['t-c1', 't-c2', 't-c3'],
    oldDistrict: 't-od1',
    oldCommunes: ['t-oc1', 't-oc2'],
  };
}
