import { isCalendarDate } from './clocks.js';

/**
 * Lists page by keyset: every list here is ordered by (a date, an id), and the cursor is the
 * last row's pair, opaque to clients. `infinity` sorts facts with no anchored time (old ones only) last.
 */
export interface PageCursor {
  readonly date: string;
  readonly id: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` for the next page; null on the last one. */
  readonly next: string | null;
}

export const encodeCursor = (cursor: PageCursor): string =>
  Buffer.from(JSON.stringify([cursor.date, cursor.id])).toString('base64url');

export function decodeCursor(text: string): PageCursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [date, id] = value as unknown[];
  if (typeof date !== 'string' || typeof id !== 'string') return null;
  if (date !== 'infinity' && !isCalendarDate(date)) return null;
  return { date, id };
}

/** Reads fetch one row more than asked, to know whether a next page exists. */
export function toPage<T>(rows: readonly T[], limit: number, cursorOf: (row: T) => PageCursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
