// Statuses of every occurrence of 25,000 tasks over a five-year plan (2022–2026), as the
// task boards and the overdue list compute them: occurrences from each due (once, yearly,
// half-yearly, quarterly, ongoing check-ins), the lead's reported completion laid over them,
// and the status on the task-tracking grid against a fixed today. The bar: < 100 ms.
// Pure: the dues and reports are built before the measured part, deterministically.
import type { TaskDue } from '../../src/domain/plans/plan-model.ts';
import {
  listOccurrenceStatuses,
  listSharedOccurrences,
  type ReportedProgress,
} from '../../src/domain/tasks/occurrence-statuses.ts';
import { listTaskOccurrences } from '../../src/domain/tasks/task-occurrences.ts';
import { measure } from '../measure.ts';
import type { Bench } from '../run.ts';

const taskCount = 25_000;
const period = { from: 2022, to: 2026 };
const today = '2026-12-03';
const dues: TaskDue[] = [
  { kind: 'recurring', freq: 'yearly', month: 12 },
  { kind: 'recurring', freq: 'quarterly', month: null },
  { kind: 'recurring', freq: 'half-yearly', month: null },
  { kind: 'once', by: '2024-Q2' },
  { kind: 'ongoing' },
];

function buildTasks() {
  return Array.from({ length: taskCount }, (_, i) => {
    const due = dues[i % dues.length]!;
    const reported = new Map<string, ReportedProgress>();
    // Two thirds report: some on time, some late; the rest never do.
    for (const occurrence of listTaskOccurrences(due, period))
      if ((i + occurrence.dueDate.charCodeAt(6)) % 3 !== 0)
        reported.set(occurrence.dueDate, {
          percent: 100,
          completedOn: i % 4 === 0 ? `${occurrence.dueDate.slice(0, 4)}-12-31` : occurrence.dueDate,
        });
    return { due, reported };
  });
}

export default {
  name: 'tasks.status',
  async run() {
    const tasks = buildTasks();
    let occurrences = 0;
    const overdue = { count: 0 };
    const computeAll = () => {
      occurrences = 0;
      overdue.count = 0;
      for (const task of tasks) {
        const rows = listOccurrenceStatuses(listSharedOccurrences(task.due, period), task.reported, today);
        occurrences += rows.length;
        for (const row of rows) if (row.status === 'overdue') overdue.count += 1;
      }
    };
    const timing = await measure(computeAll, 20, 3);
    return { tasks: taskCount, years: 5, occurrences, overdue: overdue.count, ...timing };
  },
} satisfies Bench;
