// The database as Kysely sees it. Each feature declares its own tables beside its
// migrations; this file only composes them.
import type { AdminUnitTables } from './tables/admin-unit-tables.ts';
import type { AgencyTables } from './tables/agency-tables.ts';
import type { AccessTables } from './tables/access-tables.ts';
import type { AuditTables } from './tables/audit-tables.ts';
import type { CalendarTables } from './tables/calendar-tables.ts';
import type { NotificationTables } from './tables/notification-tables.ts';
import type { PlanReportTables } from './tables/plan-report-tables.ts';
import type { PlanTables } from './tables/plan-tables.ts';
import type { ReportTables } from './tables/report-tables.ts';
import type { TargetTables } from './tables/target-tables.ts';
import type { TaskTables } from './tables/task-tables.ts';
import type { ValueTables } from './tables/value-tables.ts';

export interface Database
  extends AdminUnitTables,
    AgencyTables,
    AccessTables,
    AuditTables,
    CalendarTables,
    NotificationTables,
    PlanReportTables,
    PlanTables,
    ReportTables,
    TargetTables,
    TaskTables,
    ValueTables {}
