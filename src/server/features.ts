import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { adminUnitRoutes } from './admin-units/routes.ts';
import { agencyRoutes } from './agencies/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import { registerSessionHooks } from './auth/session-hook.ts';
import { healthRoutes } from './health/routes.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { planDraftRoutes } from './plan-drafts/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { calendarRoutes } from './reporting-calendars/routes.ts';
import { planReportRoutes } from './plan-reports/routes.ts';
import { targetRoutes } from './targets/routes.ts';
import { taskRoutes } from './tasks/routes.ts';
import { unitReportRoutes } from './unit-reports/routes.ts';
import { userRoutes } from './users/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { valueExchangeRoutes } from './value-exchange/routes.ts';
import { valueRoutes } from './values/routes.ts';

/** Every API feature, mounted under /api. Session hooks run before all of them. */
export async function registerFeatures(api: FastifyInstance, ctx: AppContext): Promise<void> {
  await registerSessionHooks(api, ctx);
  await api.register(healthRoutes, { ctx });
  await api.register(authRoutes, { ctx });
  await api.register(userRoutes, { ctx });
  await api.register(adminUnitRoutes, { ctx });
  await api.register(agencyRoutes, { ctx });
  await api.register(auditRoutes, { ctx });
  await api.register(dashboardRoutes, { ctx });
  await api.register(planRoutes, { ctx });
  await api.register(planDraftRoutes, { ctx });
  await api.register(indicatorRoutes, { ctx });
  await api.register(valueRoutes, { ctx });
  await api.register(valueExchangeRoutes, { ctx });
  await api.register(notificationRoutes, { ctx });
  await api.register(targetRoutes, { ctx });
  await api.register(planReportRoutes, { ctx });
  await api.register(calendarRoutes, { ctx });
  await api.register(taskRoutes, { ctx });
  await api.register(unitReportRoutes, { ctx });
}
