// Calendar dates as ISO strings ("2026-12-15"): no time, no time zone. They compare as
// strings; arithmetic goes through UTC day numbers, so no local-time shift can move a day.

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

/** A half-open range of days [from, until): `from` is the first day, `until` the first day after. */
export type DateWindow = { readonly from: IsoDate; readonly until: IsoDate };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days in a month of a year (February 29 in leap years). */
export function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the text is a real calendar date YYYY-MM-DD (2026-02-29 is not, 2024-02-29 is). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= countDaysInMonth(year, month);
}

/** Throws (Vietnamese message) unless the text is a real date YYYY-MM-DD. */
export function requireIsoDate(text: string): IsoDate {
  if (!isIsoDate(text))
    throw new RangeError(`Ngày "${text}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2026-12-15.`);
  return text;
}

/** A date from its parts, zero-padded. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatIsoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** The year of a date. */
export function readYear(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Whether the day lies in the window (from ≤ date < until). */
export function isInWindow(date: IsoDate, window: DateWindow): boolean {
  return window.from <= date && date < window.until;
}

/** The last day of a window (the day before `until`), for people who read windows inclusively. */
export function findLastDay(window: DateWindow): IsoDate {
  return addDays(window.until, -1);
}
