import { parsePartialDate } from '../../domain/shared/partial-date-relations.js';
import type { PartialDate } from '../../domain/shared/partial-date.js';
import type { ValidTime } from '../../domain/facts/fact-events.js';

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** The days a partial date may mean: 2017-09 is 2017-09-01 .. 2017-09-30. Null when malformed. */
export function interval(date: PartialDate | null): Interval | null {
  if (date === null) return null;
  // Every fact row asks for two, and a ledger's facts share few distinct dates.
  const key = `${date.precision}:${date.value}`;
  let days = intervals.get(key);
  if (days === undefined) {
    days = computeInterval(date);
    intervals.set(key, days);
  }
  return days;
}

type Interval = { readonly from: IsoDate; readonly to: IsoDate };

const intervals = new Map<string, Interval | null>();

function computeInterval(date: PartialDate): Interval | null {
  if (parsePartialDate(date.value)?.precision !== date.precision) return null;
  const [year, month] = date.value.split('-').map(Number) as [number, number];
  switch (date.precision) {
    case 'day':
      return { from: date.value, to: date.value };
    case 'month':
      return { from: `${date.value}-01`, to: isoDay(new Date(Date.UTC(year, month, 0))) };
    case 'year':
      return { from: `${date.value}-01-01`, to: `${date.value}-12-31` };
  }
}

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
 * The span a fact covers in valid time, from when it happened to when it takes effect (either
 * end standing in for a missing other). Null for an undated fact.
 */
export function validSpan(validTime: ValidTime): { from: IsoDate; to: IsoDate } | null {
  const first = interval(validTime.occurredOn ?? validTime.effectiveOn);
  const last = interval(validTime.effectiveOn ?? validTime.occurredOn);
  return first && last ? { from: first.from, to: last.to } : null;
}

const isoDay = (date: Date): IsoDate => date.toISOString().slice(0, 10);
