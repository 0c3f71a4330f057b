// What a task owes over its plan: one occurrence per deadline its due schedules (a one-off
// due, or one per period of a recurring one: scheduleTaskDue), and for ongoing work
// ("thường xuyên") a yearly check-in on 31 December of each plan year, so that continuous
// duties are still asked about once a year. The phrase as written stays beside the dates.
import type { TaskDue } from '../plans/plan-model.ts';
import { type PlanPeriod, planYears, scheduleTaskDue, type TaskDeadline } from '../plans/schedule-task-due.ts';

export interface TaskOccurrence extends TaskDeadline {
  /** 'deadline' from the due; 'check-in' the yearly question about ongoing work. */
  kind: 'deadline' | 'check-in';
}

export function listTaskOccurrences(due: TaskDue | null, period: PlanPeriod): TaskOccurrence[] {
  if (due?.kind === 'ongoing')
    return planYears(period).map((year) => ({
      dueDate: `${year}-12-31`,
      label: `Năm ${year} (thường xuyên)`,
      kind: 'check-in',
    }));
  return scheduleTaskDue(due, period).map((deadline) => ({ ...deadline, kind: 'deadline' }));
}
