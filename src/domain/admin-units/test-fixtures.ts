// A small hand-made map used by the pure tests of this folder.
import type { AdminUnit, AdminUnitSuccession } from './types.ts';

const unit = (
  id: string,
  name: string,
  level: AdminUnit['level'],
  parentId: string | null,
  era: 'old' | 'new',
): AdminUnit => ({
  id,
  code: null,
  name,
  fullName: name,
  level,
  parentId,
  validFrom: era === 'new' ? '2025-07-01' : null,
  validTo: era === 'old' ? '2025-07-01' : null,
});

/**
 * New province P (communes C1 "Xã Tháp Mười", C2 "Xã Mỹ Quí") and Q (commune C3).
 * Old province OP → district OD with OC1, OC2 (merged into C1), OC3 (split into C1 and
 * C2), OC4 (into C2); old district OE with OC5 (into C3). OP's bulk went to P.
 */
export function sampleMap(): { units: AdminUnit[]; successions: AdminUnitSuccession[] } {
  const units = [
    unit('P', 'Tỉnh Đồng Tháp', 'province', null, 'new'),
    unit('Q', 'Tỉnh Vĩnh Long', 'province', null, 'new'),
    unit('C1', 'Xã Tháp Mười', 'commune', 'P', 'new'),
    unit('C2', 'Xã Mỹ Quí', 'commune', 'P', 'new'),
    unit('C3', 'Xã Càng Long', 'commune', 'Q', 'new'),
    unit('OP', 'Tỉnh Đồng Tháp', 'province', null, 'old'),
    unit('OD', 'Huyện Tháp Mười', 'district', 'OP', 'old'),
    unit('OE', 'Huyện Cao Lãnh', 'district', 'OP', 'old'),
    unit('OC1', 'Thị trấn Mỹ An', 'commune', 'OD', 'old'),
    unit('OC2', 'Xã Mỹ Hòa', 'commune', 'OD', 'old'),
    unit('OC3', 'Xã Láng Biển', 'commune', 'OD', 'old'),
    unit('OC4', 'Xã Mỹ Quý', 'commune', 'OD', 'old'),
    unit('OC5', 'Xã Đốc Binh Kiều', 'commune', 'OE', 'old'),
  ];
  const link = (predecessorId: string, successorId: string, share = 1): AdminUnitSuccession => ({
    predecessorId,
    successorId,
    kind: share === 1 ? 'merged' : 'split',
    share,
    apportioned: share !== 1,
  });
  const successions = [
    link('OC1', 'C1'),
    link('OC2', 'C1'),
    link('OC3', 'C1', 0.5),
    link('OC3', 'C2', 0.5),
    link('OC4', 'C2'),
    link('OC5', 'C3'),
    link('OP', 'P'),
  ];
  return { units, successions };
}
