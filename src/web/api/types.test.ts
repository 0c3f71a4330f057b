// The derived API types are real shapes, not `never` or `any` (which would let every page
// compile): a path or status that stops matching the generated file fails `npm run typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AdminUnitDetail,
  AdminUnitSummary,
  AgencyDetail,
  AgencyMention,
  AgencySummary,
  ApiBody,
  ApiErrorBody,
  ApiQuery,
  ApiResponse,
  AuditEntry,
  Frequency,
  Me,
  Page,
  PlanDetail,
  PlanDraftSummary,
  PlanDraftView,
  PlanExtraction,
  PlanRef,
  PlanSummary,
  PlanTask,
  ReportingFrequency,
  Role,
  Session,
  TargetOp,
  TaskDue,
  UnitLevel,
  User,
} from './types.ts';

describe('the API types', () => {
  it('are read from the generated OpenAPI types', () => {
    expectTypeOf<Session>().toEqualTypeOf<{ user: Me; csrfToken: string }>();
    expectTypeOf<Role>().toEqualTypeOf<'admin' | 'planner' | 'reporter' | 'viewer'>();
    expectTypeOf<UnitLevel>().toEqualTypeOf<'province' | 'district' | 'commune'>();
    expectTypeOf<User['createdAt']>().toEqualTypeOf<string>();
    expectTypeOf<AdminUnitSummary['childCount']>().toEqualTypeOf<number>();
    expectTypeOf<AdminUnitDetail['ancestors']>().toEqualTypeOf<AdminUnitSummary[]>();
    expectTypeOf<AgencySummary['shortName']>().toEqualTypeOf<string | null>();
    expectTypeOf<AgencyDetail['aliases']>().toEqualTypeOf<string[]>();
    expectTypeOf<AuditEntry['before']>().toBeUnknown();
    expectTypeOf<Page<PlanSummary>>().toHaveProperty('total').toEqualTypeOf<number>();
    expectTypeOf<PlanDetail['title']>().toEqualTypeOf<string | null>();
    expectTypeOf<PlanTask['deadlines']>().toEqualTypeOf<Array<{ dueDate: string; label: string }>>();
    expectTypeOf<PlanRef['documentDate']>().toEqualTypeOf<string | null>();
    expectTypeOf<PlanDraftView['version']>().toEqualTypeOf<number>();
    expectTypeOf<PlanDraftSummary['fileName']>().toEqualTypeOf<string>();
    expectTypeOf<PlanExtraction['warnings'][number]['line']>().toEqualTypeOf<number | null>();
    expectTypeOf<PlanExtraction['targets'][number]['confidence']>().toEqualTypeOf<number>();
    expectTypeOf<AgencyMention['agencyId']>().toEqualTypeOf<string | null>();
    expectTypeOf<TargetOp>().toEqualTypeOf<
      'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'range' | 'approx' | 'increase' | 'decrease' | 'maintain'
    >();
    expectTypeOf<TaskDue['kind']>().toEqualTypeOf<'once' | 'recurring' | 'ongoing'>();
    expectTypeOf<Frequency>().toEqualTypeOf<'yearly' | 'half-yearly' | 'quarterly' | 'monthly'>();
    expectTypeOf<ReportingFrequency>().toEqualTypeOf<'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'adhoc'>();
  });

  it('give each call its body, query and answer', () => {
    expectTypeOf<ApiBody<'/api/auth/login', 'post'>>().toEqualTypeOf<{ username: string; password: string }>();
    expectTypeOf<ApiQuery<'/api/plans', 'get'>>().toHaveProperty('offset').toEqualTypeOf<number | undefined>();
    expectTypeOf<ApiResponse<'/api/plan-drafts/{id}', 'delete'>>().toBeUndefined();
    expectTypeOf<ApiErrorBody['error']['field']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiResponse<'/api/plan-drafts/{id}/confirm', 'post'>>().toEqualTypeOf<{ planId: string }>();
  });
});
