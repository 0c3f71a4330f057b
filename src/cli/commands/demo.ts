import { closeDocumentPool } from '../../document-text/read-plan-in-worker.ts';
import { openApplication } from '../../server/bootstrap.ts';
import { loadDemoData } from '../../server/users/demo-data.ts';
import type { CliFlags } from '../cli-flags.ts';
import { readConfigFromFlags } from './runtime-flags.ts';
import { printDemoLogins } from './print-demo-logins.ts';
import { importDemoPlans } from './serve.ts';

export async function runDemo(flags: CliFlags): Promise<number> {
  const opened = await openApplication(readConfigFromFlags(flags));
  try {
    const logins = await loadDemoData(opened.handle.db);
    if (logins.length === 0) console.log('Dữ liệu mẫu đã có sẵn, không nạp lại.');
    else printDemoLogins(logins);
    await importDemoPlans(opened.ctx);
    return 0;
  } finally {
    await closeDocumentPool();
    await opened.close();
  }
}
