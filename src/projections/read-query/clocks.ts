import type { IsoDate } from '../facts/valid-time.js';

/**
 * The clocks a read can be asked at. `validAt`: the world on that date, by everything known
 * now. `knownAt`: only what had been reported by then (an event's known time, else its
 * recorded time). Null means "now".
 */
export interface ReadClocks {
  readonly validAt: IsoDate | null;
  readonly knownAt: Date | null;
}

/*
 * The one strict reading of dates and times at the API edge (query DTOs, document bodies,
 * cursors): RFC 3339 calendar form only, years 0001-9999. No week or ordinal dates, basic
 * format, hour-only times, comma fractions or signed years, which Date or validator.js would
 * otherwise take or misread. Fixed-width patterns: linear whatever the input.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date alone means the start of that day, UTC; a time must say its zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text) || text.startsWith('0000')) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The instant a knownAt or publishedAt value names, or null when it is not one. */
export function parseInstant(text: string): Date | null {
  if (!INSTANT.test(text) || !isCalendarDate(text.slice(0, 10))) return null;
  const time = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(time.getTime()) ? null : time;
}

export function toClocks(query: { validAt?: string; knownAt?: string }): ReadClocks {
  return { validAt: query.validAt ?? null, knownAt: query.knownAt === undefined ? null : parseInstant(query.knownAt) };
}

/** "Today" for reads that default validAt: the state of the world now. */
export const today = (): IsoDate => new Date().toISOString().slice(0, 10);
