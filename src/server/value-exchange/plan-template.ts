// The XLSX value template of a plan and period (decision 0024): one column per data element the
// plan's linked targets measure, one row per commune on the map of the period that feeds the
// plan's unit and that the user may write for, prefilled with what is stored. A filled template
// comes back through the spreadsheet worker (limits, zip checks), is read against its hidden
// key sheet, and is saved all or nothing through the values' one save path.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { addDays } from '../../domain/periods/iso-dates.ts';
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import type { Period } from '../../domain/periods/period-kinds.ts';
import { labelPeriod } from '../../domain/periods/period-labels.ts';
import { windowOf } from '../../domain/periods/period-windows.ts';
import type { ReportingCalendar } from '../../domain/periods/reporting-calendars.ts';
import {
  columnKey,
  dataSheetName,
  keySheetName,
  readTemplateKey,
  readTemplateValues,
  type TemplateColumn,
  type TemplateLayout,
} from '../../domain/values/value-template.ts';
import { indicatorElementIds, leafUnitsAsOf, rollupSourceUnitIds } from '../../domain/values/roll-up-indicator.ts';
import { MAX_SPREADSHEET_BYTES } from '../../spreadsheets/spreadsheet-limits.ts';
import { readWorkbookInWorker } from '../../spreadsheets/read-workbook-in-worker.ts';
import { writeValueTemplate } from '../../spreadsheets/write-value-template.ts';
import { authorize } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest } from '../errors.ts';
import { findPlanRow, type PlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { findEvaluableTargets } from '../targets/repository.ts';
import { valuePolicy } from '../values/policy.ts';
import { findValuesOfUnits } from '../values/repository.ts';
import { catalogue, resolveCalendar } from '../values/service.ts';
import { type ImportSummary, importDataValues } from './data-value-sets.ts';
import { valueExchangePolicy } from './policy.ts';

const indicatorsById = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
const elementsById = new Map(catalogue.dataElements.map((element) => [element.id, element]));

async function openPlan(ctx: AppContext, actor: Principal, planId: string): Promise<PlanRow> {
  const plan = await findPlanRow(ctx.db, planId);
  authorize(actor, valueExchangePolicy.canUsePlanTemplate, plan, planNotFound);
  return plan;
}

function readTemplatePeriod(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw badRequest(`Kỳ báo cáo (period): ${parsed.message}`, 'period');
  if (parsed.period.kind === 'cumulative')
    throw badRequest('Mẫu nhập số liệu dùng cho năm, 6 tháng, quý hoặc tháng; không dùng cho kỳ lũy kế.', 'period');
  return parsed.period;
}

/** The columns: each data element the plan's linked targets measure, in plan order, once. */
async function findTemplateColumns(ctx: AppContext, plan: PlanRow): Promise<TemplateColumn[]> {
  const targets = await findEvaluableTargets(ctx.db, plan.id);
  const indicators = targets
    .map((target) => (target.indicatorId ? indicatorsById.get(target.indicatorId) : undefined))
    .filter((indicator): indicator is Indicator => indicator !== undefined);
  const elementIds = [...new Set(indicators.flatMap(indicatorElementIds))];
  if (elementIds.length === 0)
    throw badRequest(
      'Kế hoạch chưa có chỉ tiêu nào được liên kết với chỉ số thống kê, nên chưa có cột số liệu để lập mẫu. Hãy liên kết chỉ tiêu với chỉ số trước.',
      'id',
    );
  return elementIds.map((id) => {
    const element = elementsById.get(id)!;
    return { dataElementId: id, disaggregation: '', name: element.name.vi, unit: element.unit };
  });
}

function existsOn(unit: AdminUnit, date: IsoDate): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo > date);
}

/**
 * The communes that report for the plan's unit in the period, on the map of the period's last
 * day (today for a period not yet over): the unit's own communes when it existed then; the
 * ones it was formed from for a period before it (a 2024 template of a province formed in
 * 2025); the ones it became for a period after it was abolished.
 */
export function findTemplateUnits(
  index: AdminUnitIndex,
  rootId: string,
  period: Period,
  calendar: ReportingCalendar,
  today: IsoDate,
): AdminUnit[] {
  const root = index.get(rootId);
  if (!root) return [];
  const lastDay = addDays(windowOf(period, calendar).until, -1);
  const mapDate = lastDay < today ? lastDay : today;
  const rootDate = existsOn(root, mapDate)
    ? mapDate
    : root.validFrom !== null && root.validFrom > mapDate
      ? root.validFrom
      : addDays(root.validTo ?? mapDate, -1);
  const leaves = leafUnitsAsOf(index, root.id, rootDate);
  if (rootDate === mapDate) return leaves;
  const leafLevels = new Set(leaves.map((leaf) => leaf.level));
  return [...rollupSourceUnitIds(index, leaves)]
    .map((id) => index.get(id))
    .filter((unit): unit is AdminUnit => unit !== undefined && leafLevels.has(unit.level) && existsOn(unit, mapDate));
}

export interface PlanTemplateFile {
  fileName: string;
  bytes: Buffer;
}

/** File names stay ASCII: the plan number's letters and digits, the period id. */
function templateFileName(plan: PlanRow, period: string): string {
  const number = (plan.number ?? plan.id)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `mau-so-lieu-${number || 'ke-hoach'}-${period}.xlsx`;
}

export async function buildPlanTemplate(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  query: { period: string; calendarId?: string | undefined },
): Promise<PlanTemplateFile> {
  const plan = await openPlan(ctx, actor, planId);
  const period = readTemplatePeriod(query.period);
  const calendar = await resolveCalendar(ctx, actor, query.calendarId);
  const columns = await findTemplateColumns(ctx, plan);
  const index = await ctx.adminUnits.get();
  const units = findTemplateUnits(index, plan.adminUnitId, period, calendar, todayInVietnam(ctx.now()))
    .filter((unit) => valuePolicy.canWriteIn(actor, unit))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  if (units.length === 0)
    throw badRequest(`Không có xã, phường nào trong phạm vi của bạn để nhập số liệu ${labelPeriod(period)}.`, 'period');
  const periodId = formatPeriod(period);
  const stored = await findValuesOfUnits(ctx.db, {
    dataElementIds: columns.map((column) => column.dataElementId),
    unitIds: units.map((unit) => unit.id),
    calendarId: calendar.id,
  });
  const values = new Map<string, number>();
  for (const row of stored)
    if (row.period === periodId)
      values.set(
        `${row.unitId}|${columnKey({ dataElementId: row.dataElementId, disaggregation: row.disaggregation })}`,
        row.value,
      );
  const planName = plan.number ? `Kế hoạch số ${plan.number}` : plan.title;
  const unitName = index.get(plan.adminUnitId)?.name;
  const layout: TemplateLayout = {
    title: `Số liệu ${labelPeriod(period)} — ${planName}${unitName ? ` (${unitName})` : ''}`,
    key: { planId: plan.id, period: periodId, calendarId: calendar.id, columns: columns.map(columnKey) },
    columns,
    units: units.map((unit) => ({ id: unit.id, name: unit.name })),
    values,
  };
  return { fileName: templateFileName(plan, periodId), bytes: await writeValueTemplate(layout) };
}

export interface TemplateImportOptions {
  dryRun: boolean;
  confirm: boolean;
}

export interface TemplateImportResult extends ImportSummary {
  period: string;
}

const templateField = 'file';

/** A filled template saved all or nothing; every problem names its sheet row and column. */
export async function importPlanTemplate(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  bytes: Uint8Array,
  options: TemplateImportOptions,
): Promise<TemplateImportResult> {
  const plan = await openPlan(ctx, actor, planId);
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES)
    throw new AppError(
      413,
      'spreadsheet_too_large',
      `Tệp lớn hơn ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB; mẫu nhập số liệu của một kế hoạch nhỏ hơn nhiều.`,
      templateField,
    );
  const workbook = await readWorkbookInWorker(bytes);
  const key = readTemplateKey(workbook.sheets[keySheetName]);
  if (!key.ok) throw new AppError(400, 'not_a_template', key.message, templateField);
  if (key.key.planId !== plan.id)
    throw new AppError(
      400,
      'template_of_another_plan',
      'Tệp là mẫu nhập số liệu của một kế hoạch khác; hãy tải mẫu từ chính kế hoạch này rồi nhập lại.',
      templateField,
    );
  const read = readTemplateValues(workbook.sheets[dataSheetName], key.key);
  if (!read.ok) {
    const first = read.problems[0]!;
    throw new AppError(
      400,
      'invalid_values',
      `Chưa nhập số liệu nào: mẫu có ${read.problems.length} lỗi. ${first.message}`,
      templateField,
      read.problems.slice(0, 200).map((problem) => ({
        field: templateField,
        message: problem.message,
        needsConfirmation: false,
      })),
    );
  }
  if (read.cells.length === 0)
    throw new AppError(
      400,
      'empty_template',
      `Mẫu chưa có số liệu nào: hãy điền số vào trang «${dataSheetName}» (từ cột C, mỗi dòng một xã) rồi tải lên lại.`,
      templateField,
    );
  const summary = await importDataValues(ctx, actor, read.cells, {
    calendarId: key.key.calendarId,
    dryRun: options.dryRun,
    confirm: options.confirm,
    labelOf: (position) => read.cells[position]?.label ?? `Ô thứ ${position + 1}`,
    fieldOf: () => templateField,
    countNoun: 'ô',
    confirmHint: 'kiểm tra lại; nếu đúng, chọn «Xác nhận số liệu bất thường» rồi tải lên lại',
  });
  return { ...summary, period: key.key.period };
}
