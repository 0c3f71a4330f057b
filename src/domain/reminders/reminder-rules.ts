// When a reminder is owed, as data: a few days before a deadline (7, 3, 1), once it is past,
// and to whoever oversees the work once it is overdue (escalation). Each rule fires once per
// due item — the caller keys what it sends by item and rule — and only while today lies in
// the rule's window, so a server that was off for a week sends "còn 1 ngày" rather than a
// stale "còn 7 ngày", and nothing about deadlines that passed long ago.
import type { IsoDate } from '../periods/iso-dates.ts';
import { countDaysBetween } from '../tasks/task-status.ts';

export type ReminderKind = 'due-in-7' | 'due-in-3' | 'due-in-1' | 'overdue' | 'escalation';
/** Who is told: those who owe the item, or those who oversee it (the consolidating agency, the plan's office). */
export type ReminderAudience = 'owner' | 'overseer';

export interface ReminderRule {
  kind: ReminderKind;
  audience: ReminderAudience;
  /** Days left (negative once past) for which the rule applies, both ends included. */
  minDaysLeft: number;
  maxDaysLeft: number;
}

/** Reminders about a deadline further back than this are not sent at all. */
export const staleAfterDays = 30;

export const reminderRules: readonly ReminderRule[] = [
  { kind: 'due-in-7', audience: 'owner', minDaysLeft: 4, maxDaysLeft: 7 },
  { kind: 'due-in-3', audience: 'owner', minDaysLeft: 2, maxDaysLeft: 3 },
  { kind: 'due-in-1', audience: 'owner', minDaysLeft: 0, maxDaysLeft: 1 },
  { kind: 'overdue', audience: 'owner', minDaysLeft: -staleAfterDays, maxDaysLeft: -1 },
  { kind: 'escalation', audience: 'overseer', minDaysLeft: -staleAfterDays, maxDaysLeft: -1 },
];

export interface DueItem {
  dueDate: IsoDate;
  done: boolean;
}

export interface OwedReminder {
  kind: ReminderKind;
  audience: ReminderAudience;
  daysLeft: number;
}

export function findOwedReminders(item: DueItem, today: IsoDate): OwedReminder[] {
  if (item.done) return [];
  const daysLeft = countDaysBetween(today, item.dueDate);
  return reminderRules
    .filter((rule) => daysLeft >= rule.minDaysLeft && daysLeft <= rule.maxDaysLeft)
    .map((rule) => ({ kind: rule.kind, audience: rule.audience, daysLeft }));
}

export interface ReminderSubject {
  /** "Nhiệm vụ «Rà soát ...»" or "Báo cáo 6 tháng đầu năm 2026". */
  what: string;
  /** "Kế hoạch số 60/KH-UBND". */
  plan: string;
  /** "Năm 2026", "Quý I/2027". */
  dueLabel: string;
  /** "31/12/2026". */
  dueDateText: string;
  /** The owing agency or commune, named in an escalation. */
  ownerName: string;
}

/** The Vietnamese title and text of a reminder (in-app and e-mail). */
export function describeReminder(reminder: OwedReminder, subject: ReminderSubject): { title: string; body: string } {
  const due = `hạn ${subject.dueDateText} (${subject.dueLabel})`;
  switch (reminder.kind) {
    case 'due-in-7':
    case 'due-in-3':
    case 'due-in-1': {
      const left = reminder.daysLeft === 0 ? 'đến hạn hôm nay' : `còn ${reminder.daysLeft} ngày`;
      return {
        title: `Sắp đến hạn: ${subject.what}`,
        body: `${subject.what} của ${subject.plan} ${left}, ${due}.`,
      };
    }
    case 'overdue':
      return {
        title: `Quá hạn: ${subject.what}`,
        body: `${subject.what} của ${subject.plan} đã quá ${due} ${-reminder.daysLeft} ngày mà chưa hoàn thành.`,
      };
    case 'escalation':
      return {
        title: `Đơn vị chậm: ${subject.ownerName}`,
        body: `${subject.ownerName} chưa hoàn thành ${lowerFirst(subject.what)} của ${subject.plan}, đã quá ${due} ${-reminder.daysLeft} ngày.`,
      };
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
