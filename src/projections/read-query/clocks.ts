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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date alone means the start of that day, UTC; a time must say its zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The instant a knownAt value names, or null when it is not one. */
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
