import type { DatePrecision, PartialDate } from './partial-date.js';

const PATTERNS: readonly [DatePrecision, RegExp][] = [
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['year', /^(\d{4})$/],
];

const isRealDay = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision follows from the form. Null when invalid. */
export function parsePartialDate(value: string): PartialDate | null {
  for (const [precision, pattern] of PATTERNS) {
    const match = pattern.exec(value);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
    if (month < 1 || month > 12 || !isRealDay(year, month, day)) return null;
    return { value, precision };
  }
  return null;
}

export const isValidPartialDate = (date: PartialDate): boolean =>
  parsePartialDate(date.value)?.precision === date.precision;

/**
 * Two dates can describe the same moment when the coarser one contains the finer one:
 * 2017-07 is compatible with 2017-07-30, 2017-07-30 is not with 2017-07-31.
 */
export const arePartialDatesCompatible = (a: PartialDate, b: PartialDate): boolean =>
  a.value.startsWith(b.value) || b.value.startsWith(a.value);

/** Of two compatible dates, the more precise one. */
export const finerPartialDate = (a: PartialDate, b: PartialDate): PartialDate =>
  b.value.length > a.value.length ? b : a;

/** `YYYY-MM` for a day or month, `YYYY` for a year. */
export const monthKey = (date: PartialDate): string => date.value.slice(0, 7);
