import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { CliFlags } from '../cli-flags.ts';
import { readConfigFromFlags } from './runtime-flags.ts';

export async function runMigrate(flags: CliFlags): Promise<number> {
  const config = readConfigFromFlags(flags);
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(handle.db);
    console.log(
      applied.length
        ? `Đã áp dụng ${applied.length} thay đổi:\n${applied.join('\n')}`
        : 'Cấu trúc dữ liệu đã ở phiên bản mới nhất.',
    );
    return 0;
  } finally {
    await handle.close();
  }
}
