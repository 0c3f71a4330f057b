import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { AgencyCandidate } from '../../src/domain/agencies/types.ts';
import { foldDiacritics } from '../../src/domain/text/fold-diacritics.ts';
import { seedUnits } from '../../src/server/agencies/seed-agencies.ts';

let sequence = 0;

/** A resolver candidate with sensible defaults; override what the test is about. */
export function makeAgencyCandidate(
  overrides: Partial<AgencyCandidate> & Pick<AgencyCandidate, 'name'>,
): AgencyCandidate {
  sequence += 1;
  return {
    id: `ag-test-${sequence}`,
    shortName: null,
    type: 'specialised_office',
    aliases: [],
    adminUnit: { id: 'od-test.huyen-a', name: 'Huyện A', level: 'district' },
    validFrom: null,
    validTo: null,
    successors: [],
    ...overrides,
  };
}

export interface UnitFixture {
  id: string;
  name: string;
  level: 'province' | 'district' | 'commune';
  parentId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** Inserts admin units directly (parents first), as the admin-units loader would. */
export async function insertAdminUnits(db: Kysely<Database>, units: readonly UnitFixture[]): Promise<void> {
  for (const unit of units) {
    await db
      .insertInto('admin_units')
      .values({
        id: unit.id,
        code: null,
        name: unit.name,
        full_name: unit.name,
        search_text: foldDiacritics(unit.name),
        level: unit.level,
        parent_id: unit.parentId ?? null,
        valid_from: unit.validFrom ?? null,
        valid_to: unit.validTo ?? null,
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }
}

/** Every unit the seed agencies belong to, parents before children, with reform validity. */
export function seedUnitFixtures(): UnitFixture[] {
  const order = { province: 0, district: 1, commune: 2 } as const;
  return [...seedUnits]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((unit) => {
      const old = unit.id.startsWith('op-') || unit.id.startsWith('od-');
      return {
        id: unit.id,
        name: unit.name,
        level: unit.level,
        parentId: unit.parentId,
        validFrom: old ? null : '2025-07-01',
        validTo: old ? '2025-07-01' : null,
      };
    });
}
