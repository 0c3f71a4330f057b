import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { closeDocumentPool } from '../../document-text/read-plan-in-worker.ts';
import { closeSpreadsheetPool } from '../../spreadsheets/read-workbook-in-worker.ts';
import { startJobQueue } from '../../jobs/job-queue.ts';
import { createMailer, readMailConfig } from '../../mail/mailer.ts';
import { startReminderJobs } from '../../server/reminders/reminder-jobs.ts';
import { buildApp } from '../../server/app.ts';
import { formatNumber } from '../../domain/targets/format-figure.ts';
import { openApplication } from '../../server/bootstrap.ts';
import { loadDemoPlans } from '../../server/plans/demo-plans.ts';
import { loadDemoData } from '../../server/users/demo-data.ts';
import { ensureTaskAssignments } from '../../server/tasks/assignments.ts';
import { loadDemoValues } from '../../server/values/demo-values.ts';
import type { CliFlags } from '../cli-flags.ts';
import { printDemoLogins } from './print-demo-logins.ts';
import { readConfigFromFlags } from './runtime-flags.ts';

/**
 * Vite runs in its own process: its ~500 MiB would otherwise stay in the server's heap for
 * the life of the server (and add to the first start's peak).
 */
function buildWebInChildProcess(): void {
  const viteBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--config', path.join(projectRoot, 'src', 'web', 'vite.config.ts'), '--logLevel', 'warn'],
    {
      cwd: projectRoot,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error(
      `Không dựng được giao diện web (vite build kết thúc với mã ${result.status ?? result.signal}). Hãy chạy "npm run build:web" để xem lỗi.`,
    );
}

export async function runServe(flags: CliFlags, options: { buildWeb: boolean; loadDemo: boolean }): Promise<number> {
  const config = readConfigFromFlags(flags);
  if (options.buildWeb && !existsSync(path.join(config.webRoot, 'index.html'))) {
    console.log('Đang dựng giao diện web (lần đầu, khoảng một phút)...');
    buildWebInChildProcess();
  }
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `cơ sở dữ liệu nhúng tại ${config.dataDir}`;
  console.log(`Đang mở ${where}...`);
  const opened = await openApplication(config);
  if (options.loadDemo) {
    const logins = await loadDemoData(opened.handle.db);
    if (logins.length > 0) printDemoLogins(logins);
    // Only into a database without plans: a demo plan someone deleted stays deleted.
    const anyPlan = await opened.handle.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
    if (!anyPlan) await importDemoPlans(opened.ctx);
  }
  const anyUser = await opened.handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!anyUser) {
    console.log(
      'Chưa có người dùng nào. Tạo tài khoản bằng "npx nhanluc create-user" hoặc nạp tài khoản thử bằng "npx nhanluc demo".',
    );
  }
  // Build the admin-unit index now rather than on the first request that needs scope.
  await opened.ctx.adminUnits.get();
  // Plans stored before task assignments existed (or just imported) get theirs now, not on the first read.
  await ensureTaskAssignments(opened.ctx);
  const app = await buildApp({
    ctx: opened.ctx,
    webRoot: config.webRoot,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
  });
  await app.listen({ port: config.port, host: config.host });
  // Reminders run on the job queue; NHANLUC_JOBS=off leaves them to another process.
  const mailer = createMailer(readMailConfig());
  const jobs = process.env.NHANLUC_JOBS === 'off' ? null : await startJobQueue(opened.handle);
  if (jobs) {
    await startReminderJobs(opened.ctx, jobs, mailer);
    if (!mailer) console.log('Chưa cấu hình SMTP_URL: nhắc hạn chỉ hiện trong ứng dụng, không gửi thư điện tử.');
  }
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`Nhân Lực đang chạy tại http://${shownHost}:${config.port} (cơ sở dữ liệu: ${opened.ctx.engine})`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Đang dừng...');
  await app.close();
  await jobs?.stop({ graceful: true, wait: true, timeout: 10_000 });
  mailer?.close();
  await closeDocumentPool();
  await closeSpreadsheetPool();
  await opened.close();
  return 0;
}

/** The five seed plans, through the same upload → confirm path (skipped once present), and their demo values. */
export async function importDemoPlans(ctx: Parameters<typeof loadDemoPlans>[0]): Promise<void> {
  const results = await loadDemoPlans(ctx);
  const imported = results.filter((result) => result.planId !== null).length;
  const linked = results.reduce((sum, result) => sum + result.linkedTargets, 0);
  if (imported > 0) console.log(`Đã nạp ${imported} kế hoạch mẫu (${linked} chỉ tiêu liên kết với chỉ số).`);
  // Figures for the plans just imported only: a second start (or demo) finds no new plan.
  const planIds = results.flatMap((result) => (result.planId === null ? [] : [result.planId]));
  const values = await loadDemoValues(ctx, planIds);
  if (values.rows > 0)
    console.log(`Đã nạp ${formatNumber(values.rows)} số liệu mẫu (${values.firstYear}–${values.lastYear}).`);
  for (const result of results)
    if (result.skipped) console.warn(`Bỏ qua kế hoạch mẫu ${result.fileName}: ${result.skipped}`);
}
