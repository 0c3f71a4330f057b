// `nhanluc report --plan NUMBER --period PERIOD --out FILE.docx|.xlsx|.pdf`: the consolidated
// report of a plan from the data folder (or DATABASE_URL), through the same service as the
// download on the plan page, as the system actor. The format follows the file's extension.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { normaliseDocumentNumber } from '../../domain/plans/document-number.ts';
import { systemActor } from '../../server/auth/actor.ts';
import type { AppContext } from '../../server/context.ts';
import { openApplication } from '../../server/bootstrap.ts';
import { findPlanRow, findPlansByNumberKey } from '../../server/plans/repository.ts';
import { downloadPlanReport, type ReportFormat } from '../../server/plan-reports/service.ts';
import type { CliFlags } from '../cli-flags.ts';
import { readConfigFromFlags } from './runtime-flags.ts';

export const reportUsage =
  'Cách dùng: nhanluc report --plan SỐ_KẾ_HOẠCH --period KỲ --out TỆP.docx|.xlsx|.pdf [--data THƯ_MỤC]\n' +
  '  ví dụ: nhanluc report --plan 60/KH-UBND --period 2024 --out bao-cao.docx\n' +
  '  KỲ: 2024 (năm), 2024H1 (6 tháng), 2024Q1 (quý), 2024-03 (tháng), 2024C9 (lũy kế 9 tháng)';

const formats: ReportFormat[] = ['docx', 'xlsx', 'pdf'];

function readFormat(out: string): ReportFormat {
  const extension = path.extname(out).slice(1).toLowerCase();
  if ((formats as string[]).includes(extension)) return extension as ReportFormat;
  throw new Error(`Tệp kết quả phải có đuôi .docx, .xlsx hoặc .pdf (nhận được "${path.basename(out)}").`);
}

/** Finds the plan by number (or id), writes its report into `out`; what the command prints. */
export async function writePlanReport(
  ctx: AppContext,
  options: { plan: string; period: string; out: string },
): Promise<{ format: ReportFormat; bytes: number }> {
  const format = readFormat(options.out);
  const key = normaliseDocumentNumber(options.plan);
  const byNumber = key ? await findPlansByNumberKey(ctx.db, [key]) : [];
  const plans =
    byNumber.length > 0 ? byNumber : [await findPlanRow(ctx.db, options.plan)].filter((row) => row !== null);
  const [plan, ...others] = plans;
  if (!plan) throw new Error(`Không tìm thấy kế hoạch số "${options.plan}" trong cơ sở dữ liệu.`);
  if (others.length > 0) {
    const list = plans
      .map((row) => `  ${row.id}  ${row.number ?? ''} ${row.issuer ?? ''} ${row.year ?? ''}`)
      .join('\n');
    throw new Error(`Có ${plans.length} kế hoạch cùng số "${options.plan}"; hãy ghi mã kế hoạch ở --plan:\n${list}`);
  }
  const report = await downloadPlanReport(ctx, systemActor, plan.id, options.period, format);
  await writeFile(options.out, report.content);
  return { format, bytes: report.content.byteLength };
}

export async function runReport(flags: CliFlags): Promise<number> {
  const { plan, period, out } = flags;
  if (typeof plan !== 'string' || typeof period !== 'string' || typeof out !== 'string') {
    console.error(`Thiếu --plan, --period hoặc --out.\n\n${reportUsage}`);
    return 2;
  }
  readFormat(out);
  const opened = await openApplication(readConfigFromFlags(flags));
  try {
    const { format, bytes } = await writePlanReport(opened.ctx, { plan, period, out });
    console.log(`Đã ghi báo cáo (${format.toUpperCase()}, ${bytes} byte) vào ${out}.`);
    return 0;
  } finally {
    await opened.close();
  }
}
