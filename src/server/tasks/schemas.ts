// Shapes of the task routes (issue 10): "Việc của tôi", a plan's task board, the overdue
// list, and the lead's progress, comments and sub-tasks. Statuses with Vietnamese labels.
import { z } from 'zod';
import { taskStatuses, taskStatusLabels, describeDueSoon, type TaskStatus } from '../../domain/tasks/task-status.ts';
import { derivations } from '../../domain/tasks/fan-out-assignments.ts';
import { errorSchema } from '../error-schema.ts';
import { planIdParams } from '../plans/schemas.ts';
import { isoDateSchema } from '../schemas/date.ts';
import { nameSchema } from '../schemas/text.ts';
import type { CommentRecord, TaskRecord } from './repository.ts';
import type { BoardTask, MyTasksView, OverdueListView, TaskAbilities, TaskBoardView } from './service.ts';
import type { AssignmentView, OccurrenceView } from './views.ts';

export { errorSchema, planIdParams };

const idSchema = (what: string) =>
  z
    .string()
    .min(1, { error: `Cần mã ${what}.` })
    .max(100, { error: `Mã ${what} quá dài.` });

export const taskIdParams = z.object({ id: idSchema('nhiệm vụ') });
export const subtaskParams = z.object({ id: idSchema('kế hoạch'), taskId: idSchema('nhiệm vụ') });

const statusEnum = z.enum(taskStatuses as [TaskStatus, ...TaskStatus[]], {
  error: `Trạng thái (status) phải là một trong: ${taskStatuses.join(', ')}.`,
});

export const myTasksQuery = z.object({
  status: statusEnum.optional(),
  limit: z.coerce
    .number({ error: 'Số dòng (limit) phải là số.' })
    .int({ error: 'Số dòng (limit) phải là số nguyên.' })
    .min(1, { error: 'Số dòng (limit) phải từ 1 đến 200.' })
    .max(200, { error: 'Số dòng (limit) phải từ 1 đến 200.' })
    .default(20),
  offset: z.coerce
    .number({ error: 'Vị trí bắt đầu (offset) phải là số.' })
    .int({ error: 'Vị trí bắt đầu (offset) phải là số nguyên.' })
    .min(0, { error: 'Vị trí bắt đầu (offset) không được âm.' })
    .max(100_000, { error: 'Vị trí bắt đầu (offset) quá lớn.' })
    .default(0),
});
export const overdueQuery = z.object({
  period: z.string({ error: 'Cần chọn kỳ (period), ví dụ 2026, 2026H1, 2026Q1, 2026-03.' }).max(20, {
    error: 'Kỳ (period) quá dài.',
  }),
});

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} phải là chuỗi ký tự.` })
    .trim()
    .max(max, { error: `${field} dài quá ${max} ký tự.` })
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));

export const progressBody = z.object({
  assignmentId: z.string().max(100).optional(),
  dueDate: isoDateSchema('Hạn của kỳ (dueDate)').optional(),
  percent: z
    .number({ error: 'Tiến độ (percent) phải là số.' })
    .int({ error: 'Tiến độ (percent) phải là số nguyên.' })
    .min(0, { error: 'Tiến độ (percent) phải từ 0 đến 100.' })
    .max(100, { error: 'Tiến độ (percent) phải từ 0 đến 100.' })
    .optional(),
  note: optionalText('Ghi chú tiến độ (note)', 4000),
  evidenceNumber: optionalText('Số, ký hiệu văn bản minh chứng (evidenceNumber)', 100),
  evidenceDate: isoDateSchema('Ngày văn bản minh chứng (evidenceDate)').nullable().optional(),
  done: z.boolean({ error: 'Hoàn thành (done) phải là đúng hoặc sai.' }).optional(),
  completedOn: isoDateSchema('Ngày hoàn thành (completedOn)').optional(),
});

export const commentBody = z.object({ text: nameSchema('Nội dung góp ý (text)', 4000) });

export const subtaskBody = z.object({
  text: nameSchema('Nội dung nhiệm vụ con (text)', 2000),
  dueDate: isoDateSchema('Thời hạn (dueDate)'),
  leadAgencyId: z.string().max(200).optional(),
});

const occurrenceSchema = z.object({
  dueDate: z.string(),
  label: z.string().describe('Kỳ hạn như người đọc: "Quý I/2022", "Năm 2024 (thường xuyên)"'),
  kind: z.enum(['deadline', 'check-in']),
  status: statusEnum,
  statusLabel: z.string(),
  dueSoon: z.number().int().nullable().describe('7, 3 hoặc 1 ngày: sắp đến hạn'),
  dueSoonLabel: z.string().nullable(),
  daysLeft: z.number().int(),
  daysLate: z.number().int(),
  percent: z.number().int(),
  completedOn: z.string().nullable(),
  note: z.string().nullable(),
  evidenceNumber: z.string().nullable(),
  evidenceDate: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

const assignmentSchema = z.object({
  id: z.string(),
  role: z.enum(['lead', 'support']),
  agencyId: z.string().nullable(),
  adminUnitId: z.string().nullable(),
  derivation: z.enum(derivations),
  holderName: z.string(),
  unitName: z.string().nullable(),
  mentionText: z.string().describe('Cơ quan như văn bản viết'),
  reason: z.string().nullable().describe('Vì sao chưa giao được cho cơ quan nào'),
  occurrences: z.array(occurrenceSchema),
  current: occurrenceSchema.nullable(),
  open: z
    .array(z.object({ dueDate: z.string(), label: z.string(), status: statusEnum }))
    .describe('Các kỳ hạn chưa hoàn thành đến kỳ hiện tại, sớm nhất trước (tối đa 12), để chọn kỳ báo cáo'),
  overdueCount: z.number().int().describe('Số kỳ hạn quá hạn chưa hoàn thành'),
});

const taskSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planNumber: z.string().nullable(),
  planTitle: z.string().nullable(),
  parentId: z.string().nullable(),
  text: z.string(),
  deliverable: z.string().nullable(),
  dueText: z.string().nullable().describe('Thời hạn như văn bản viết'),
});

const canSchema = z.object({ report: z.boolean(), comment: z.boolean(), addSubtask: z.boolean() });
const countsSchema = z.object({
  done_on_time: z.number().int(),
  done_late: z.number().int(),
  in_progress: z.number().int(),
  overdue: z.number().int(),
});
const commentSchema = z.object({
  id: z.string(),
  agencyId: z.string().nullable(),
  authorName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

export const myTasksResponse = z.object({
  today: z.string(),
  counts: countsSchema.describe('Trạng thái kỳ hạn hiện tại của mọi nhiệm vụ, không chỉ trang này'),
  dueSoon: z.number().int(),
  total: z.number().int().describe('Số nhiệm vụ khớp bộ lọc'),
  items: z
    .array(z.object({ task: taskSchema, assignment: assignmentSchema, can: canSchema }))
    .describe(
      'Gấp nhất trước; mỗi nhiệm vụ kèm kỳ hạn hiện tại (current) và các kỳ chưa hoàn thành (open); occurrences để trống',
    ),
});

export const boardResponse = z.object({
  planId: z.string(),
  today: z.string(),
  counts: countsSchema,
  tasks: z.array(
    z.object({
      task: taskSchema,
      assignments: z.array(assignmentSchema),
      comments: z.array(commentSchema),
      subtaskIds: z.array(z.string()),
      can: canSchema,
    }),
  ),
});

const rateFields = {
  dueByEnd: z.number().int().describe('Số lượt nhiệm vụ đến hạn tính đến cuối kỳ'),
  overdue: z.number().int(),
  dueInPeriod: z.number().int(),
  overdueInPeriod: z.number().int(),
  rateOverAll: z.number().nullable().describe('Quá hạn / tổng số đến hạn tính đến cuối kỳ'),
  rateInPeriod: z.number().nullable().describe('Quá hạn trong kỳ / số đến hạn trong kỳ'),
};
export const overdueResponse = z.object({
  period: z.string(),
  periodLabel: z.string(),
  cutOff: z.string(),
  total: z.object(rateFields),
  rows: z.array(
    z.object({
      holder: z.string(),
      agencyId: z.string().nullable(),
      name: z.string(),
      unitName: z.string().nullable(),
      ...rateFields,
    }),
  ),
});

export const progressResponse = z.object({ taskId: z.string(), assignmentId: z.string(), dueDate: z.string() });
export const commentResponse = z.object({ comment: commentSchema });
export const subtaskResponse = z.object({ id: z.string() });

function presentOccurrence(occurrence: OccurrenceView) {
  return {
    ...occurrence,
    statusLabel: taskStatusLabels[occurrence.status].vi,
    dueSoonLabel: describeDueSoon(occurrence),
  };
}

function presentAssignment(view: AssignmentView) {
  const { assignment } = view;
  return {
    id: assignment.id,
    role: assignment.role,
    agencyId: view.agencyId,
    adminUnitId: view.adminUnitId,
    derivation: assignment.derivation,
    holderName: view.holderName,
    unitName: view.unitName,
    mentionText: assignment.mentionText,
    reason: assignment.reason,
    occurrences: view.occurrences.map(presentOccurrence),
    current: view.current ? presentOccurrence(view.current) : null,
    // Bounded: a quarterly task ten years overdue would otherwise list 40 deadlines per row.
    open: view.occurrences
      .filter((o) => o.completedOn === null && (o.status === 'overdue' || o.dueDate === view.current?.dueDate))
      .slice(0, 12)
      .map((o) => ({ dueDate: o.dueDate, label: o.label, status: o.status })),
    overdueCount: view.occurrences.filter((o) => o.status === 'overdue').length,
  };
}

function presentTask(task: TaskRecord) {
  return {
    id: task.id,
    planId: task.planId,
    planNumber: task.plan.number,
    planTitle: task.plan.title,
    parentId: task.parentId,
    text: task.text,
    deliverable: task.deliverable,
    dueText: task.dueText,
  };
}

export const presentComment = (comment: CommentRecord) => ({
  id: comment.id,
  agencyId: comment.agencyId,
  authorName: comment.authorName,
  text: comment.text,
  createdAt: comment.createdAt.toISOString(),
});

const presentCan = (can: TaskAbilities) => ({ ...can });

/** "Việc của tôi" carries the current occurrence in full (`current`) and the open ones in brief (`open`). */
function presentInBrief(view: AssignmentView) {
  return { ...presentAssignment(view), occurrences: [] };
}

export function presentMyTasks(
  view: MyTasksView,
  query: { status?: TaskStatus | undefined; limit: number; offset: number },
) {
  const matching = query.status ? view.items.filter((item) => item.view.current?.status === query.status) : view.items;
  return {
    today: view.today,
    counts: view.counts,
    dueSoon: view.dueSoon,
    total: matching.length,
    items: matching.slice(query.offset, query.offset + query.limit).map((item) => ({
      task: presentTask(item.task),
      assignment: presentInBrief(item.view),
      can: presentCan(item.can),
    })),
  };
}

export function presentBoard(view: TaskBoardView) {
  return {
    planId: view.plan.id,
    today: view.today,
    counts: view.counts,
    tasks: view.tasks.map((entry: BoardTask) => ({
      task: presentTask(entry.task),
      assignments: entry.assignments.map(presentAssignment),
      comments: entry.comments.map(presentComment),
      subtaskIds: entry.subtaskIds,
      can: presentCan(entry.can),
    })),
  };
}

export const presentOverdue = (view: OverdueListView) => view;

// Pages of a remembered "Việc của tôi" view, as JSON: the view object lives as long as its data
// generation (listMyTasks), so its pages go with it.
const serialisedPages = new WeakMap<MyTasksView, Map<string, string>>();

/** The page as the response schema encodes it, serialised once per view, filter and page. */
export function serialiseMyTasksPage(
  view: MyTasksView,
  query: { status?: TaskStatus | undefined; limit: number; offset: number },
): string {
  let pages = serialisedPages.get(view);
  if (!pages) {
    pages = new Map();
    serialisedPages.set(view, pages);
  }
  const key = `${query.status ?? '*'}|${query.limit}|${query.offset}`;
  let json = pages.get(key);
  if (json === undefined) {
    json = JSON.stringify(myTasksResponse.encode(presentMyTasks(view, query)));
    if (pages.size >= 50) pages.clear();
    pages.set(key, json);
  }
  return json;
}
