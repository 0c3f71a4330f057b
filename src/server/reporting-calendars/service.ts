// Reporting calendars: the built-in ones (code) and those a province defines for itself,
// checked by validateReportingCalendar before they are stored (issue 9, part 1; decision 0020).
import { slugify } from '../../domain/admin-units/unit-ids.ts';
import {
  builtInCalendars,
  buildCutOffCalendar,
  type ReportingCalendar,
} from '../../domain/periods/reporting-calendars.ts';
import { validateReportingCalendar } from '../../domain/periods/validate-reporting-calendar.ts';
import { authorize } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { AppError, conflict, notFound } from '../errors.ts';
import { calendarPolicy } from './policy.ts';
import { findAllCalendars, findStoredCalendar, insertCalendar } from './repository.ts';

export interface CalendarView {
  calendar: ReportingCalendar;
  /** null for the built-in calendars every province may use. */
  provinceId: string | null;
}

export interface CreateCalendarInput {
  provinceId: string;
  name: string;
  basis: string;
  firstDay?: number | undefined;
  windows?: ReportingCalendar['windows'] | undefined;
}

const provinceNotFound = () => notFound('tỉnh, thành phố');

async function readerOf(ctx: AppContext, actor: Principal) {
  const index = await ctx.adminUnits.get();
  const own = actor.adminUnitId
    ? [actor.adminUnitId, ...index.ancestors(actor.adminUnitId).map((unit) => unit.id)]
    : [];
  return (provinceId: string) => calendarPolicy.canRead(actor, { provinceId, coversActor: own.includes(provinceId) });
}

/** The built-in calendars, then the provinces' own the actor may read. */
export async function listCalendars(ctx: AppContext, actor: Principal): Promise<CalendarView[]> {
  authorize(actor, calendarPolicy.canList);
  const [canRead, stored] = await Promise.all([readerOf(ctx, actor), findAllCalendars(ctx.db)]);
  return [
    ...builtInCalendars.map((calendar) => ({ calendar, provinceId: null })),
    ...stored
      .filter((entry) => canRead(entry.provinceId))
      .map(({ calendar, provinceId }) => ({ calendar, provinceId })),
  ];
}

/**
 * A calendar by id for reading or saving values: a built-in one, or a province's own that the
 * actor may read; null otherwise (unknown and out of reach are the same answer).
 */
export async function findCalendar(ctx: AppContext, actor: Principal, id: string): Promise<ReportingCalendar | null> {
  const builtIn = builtInCalendars.find((calendar) => calendar.id === id);
  if (builtIn) return builtIn;
  const stored = await findStoredCalendar(ctx.db, id);
  if (!stored) return null;
  return (await readerOf(ctx, actor))(stored.provinceId) ? stored.calendar : null;
}

/** A province's own calendar, from a first day of the month or from full windows; audited. */
export async function createCalendar(
  ctx: AppContext,
  actor: Principal,
  input: CreateCalendarInput,
): Promise<CalendarView> {
  const index = await ctx.adminUnits.get();
  const found = index.get(input.provinceId);
  const province =
    found && found.level === 'province' && index.isValidOn(found, todayInVietnam(ctx.now())) ? found : null;
  authorize(actor, calendarPolicy.canCreateIn, province, provinceNotFound);
  const id = `${province.id}-${slugify(input.name)}`;
  const name = { vi: input.name, en: input.name };
  const draft: ReportingCalendar =
    input.firstDay !== undefined
      ? buildCutOffCalendar({ id, name, basis: input.basis, firstDay: input.firstDay })
      : { id, name, basis: input.basis, windows: input.windows as ReportingCalendar['windows'] };
  const checked = validateReportingCalendar(draft);
  if (!checked.ok) {
    const problems = checked.problems.map((problem) => ({
      field: `windows.${problem.field}`,
      message: problem.message,
      needsConfirmation: false,
    }));
    const first = problems[0]!;
    throw new AppError(400, 'invalid_calendar', `Lịch báo cáo chưa hợp lệ: ${first.message}`, first.field, problems);
  }
  if (builtInCalendars.some((calendar) => calendar.id === id) || (await findStoredCalendar(ctx.db, id)))
    throw conflict(`${province.name} đã có lịch báo cáo tên "${input.name}".`, 'name');
  await ctx.db.transaction().execute(async (trx) => {
    await insertCalendar(trx, {
      calendar: checked.calendar,
      provinceId: province.id,
      createdBy: actor.userId,
      at: ctx.now(),
    });
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'reporting_calendar',
      entityId: id,
      after: { name: input.name, adminUnitId: province.id, firstDay: input.firstDay ?? null },
    });
  });
  return { calendar: checked.calendar, provinceId: province.id };
}
