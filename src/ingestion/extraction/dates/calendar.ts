/** Calendar arithmetic on ISO day strings (YYYY-MM-DD), in UTC so no clock or zone leaks in. */

const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);

export const isCalendarDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(toDate(day).getTime()) && toDay(toDate(day)) === day;

export function addDays(day: string, days: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return toDay(d);
}

export function addMonths(day: string, months: number): string {
  const d = toDate(day);
  const target = d.getUTCMonth() + months;
  const result = new Date(Date.UTC(d.getUTCFullYear(), target, 1));
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toDay(result);
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (day: string): number => toDate(day).getUTCDay();

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export const dayOf = (year: number, month: number, dayOfMonth: number): string | null => {
  const day = `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
  return isCalendarDay(day) ? day : null;
};

/** The ISO day of a publication time ("2017-08-02T07:30:05Z" → "2017-08-02"), or null. */
export function referenceDay(publishedAt: string | null): string | null {
  if (publishedAt === null) return null;
  const day = publishedAt.slice(0, 10);
  return isCalendarDay(day) ? day : null;
}
