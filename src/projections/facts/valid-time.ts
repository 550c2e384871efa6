import { validIntervalOf } from '../../domain/facts/valid-interval.js';
import type { PartialDate } from '../../domain/shared/partial-date.js';
import type { ValidTime } from '../../domain/facts/fact-events.js';

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * The earliest day a partial date may mean: "by September" takes effect on September 1. Reads
 * call this per fact and per comparison, so it pads instead of validating: stored partial dates
 * were validated when they were recorded.
 */
export function startOf(date: PartialDate | null): IsoDate | null {
  if (date === null) return null;
  switch (date.precision) {
    case 'day':
      return date.value;
    case 'month':
      return `${date.value}-01`;
    case 'year':
      return `${date.value}-01-01`;
  }
}

/**
 * The span a fact covers in valid time (see validIntervalOf): its stated dates, or the window
 * before its publication. Null only for an old fact that knows neither.
 */
export function validSpan(validTime: ValidTime): { from: IsoDate; to: IsoDate } | null {
  const interval = validIntervalOf(validTime);
  return interval && { from: interval.from, to: interval.to };
}

/**
 * The day from which a fact is known to have happened: its stated date, or for a report that
 * states none, the publication it was reported by.
 */
export const happenedFrom = (validTime: ValidTime): IsoDate | null =>
  startOf(validTime.occurredOn ?? validTime.effectiveOn) ?? validTime.occurredBy ?? null;
