import type { PartialDate } from '../../../domain/shared/partial-date.js';
import { addDays, addMonths, dayOf, pad2, weekday } from './calendar.js';
import type { DateExpression } from './date-mentions.js';

const day = (value: string): PartialDate => ({ value, precision: 'day' });
const month = (year: number, m: number): PartialDate => ({ value: `${year}-${pad2(m)}`, precision: 'month' });
const year = (y: number): PartialDate => ({ value: String(y), precision: 'year' });

/** A span of days as the coarsest precision that still names it: a month, else a year. */
function spanOf(first: string, last: string): PartialDate | null {
  if (first.slice(0, 7) === last.slice(0, 7)) return { value: first.slice(0, 7), precision: 'month' };
  if (first.slice(0, 4) === last.slice(0, 4)) return year(Number(first.slice(0, 4)));
  return null;
}

/**
 * Resolves a date phrase. Without a reference day, anything relative stays null rather than
 * guessed; dates that carry a year always resolve. Phrases without a year take the nearest
 * matching date before the reference day, or after it when `future`.
 * `base` is the day a duration counts from ("within 72 hours" of the order), else the reference.
 */
export function resolveDate(expression: DateExpression, future: boolean, reference: string | null, base: string | null = null): PartialDate | null {
  const ref = reference;
  switch (expression.kind) {
    case 'day': {
      if (expression.year !== null) {
        const d = dayOf(expression.year, expression.month, expression.day);
        return d === null ? null : day(d);
      }
      if (ref === null) return null;
      const refYear = Number(ref.slice(0, 4));
      let d = dayOf(refYear, expression.month, expression.day);
      if (d === null) return null;
      if (future && d < ref) d = dayOf(refYear + 1, expression.month, expression.day);
      else if (!future && d > ref) d = dayOf(refYear - 1, expression.month, expression.day);
      return d === null ? null : day(d);
    }
    case 'month': {
      if (expression.year !== null) return month(expression.year, expression.month);
      if (ref === null) return null;
      const refYear = Number(ref.slice(0, 4));
      const refMonth = Number(ref.slice(5, 7));
      if (future) return month(expression.month >= refMonth ? refYear : refYear + 1, expression.month);
      return month(expression.month <= refMonth ? refYear : refYear - 1, expression.month);
    }
    case 'year':
      return year(expression.year);
    case 'weekday': {
      if (ref === null) return null;
      const shift = future ? (expression.weekday - weekday(ref) + 7) % 7 : -((weekday(ref) - expression.weekday + 7) % 7);
      return day(addDays(ref, shift));
    }
    case 'relative': {
      if (ref === null) return null;
      const { unit, offset } = expression;
      if (unit === 'day') return day(addDays(ref, offset));
      if (unit === 'week') {
        const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * offset);
        return spanOf(monday, addDays(monday, 6));
      }
      if (unit === 'month') {
        const m = addMonths(`${ref.slice(0, 7)}-01`, offset);
        return month(Number(m.slice(0, 4)), Number(m.slice(5, 7)));
      }
      return year(Number(ref.slice(0, 4)) + offset);
    }
    case 'duration': {
      const from = base ?? ref;
      if (from === null) return null;
      return day(addMonths(addDays(from, expression.days), expression.months));
    }
  }
}
