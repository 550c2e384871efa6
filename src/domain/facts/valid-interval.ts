import type { PartialDate } from '../shared/partial-date.js';
import type { ValidTime } from './fact-events.js';

/** YYYY-MM-DD */
export type IsoDay = string;

/**
 * How exactly a fact's time is known: at the precision the source states, or only as "on or
 * before" the day the report was published (the report states no date of its own).
 */
export type IntervalPrecision = 'day' | 'month' | 'year' | 'on-or-before';

/** The days a fact may have happened on, with how they were known. */
export interface ValidInterval {
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly precision: IntervalPrecision;
}

/**
 * A report that gives no date happened on or before its publication, and news reports what
 * happened lately: the window reaches this far back. A background sentence that gives its
 * own date ("in December 2016 the US expelled 35") is dated by that, not by this window.
 */
export const PUBLICATION_LOOKBACK_DAYS = 30;

/**
 * How far apart two intervals may lie and still be one event, by their precision: reports date
 * one act a day or two apart (announced on the 30th, ordered on the 31st), a month named loosely
 * may mean its last days or the next month's first ones, a year its turn.
 */
const TOLERANCE_DAYS: Readonly<Record<IntervalPrecision, number>> = { day: 3, month: 10, year: 31, 'on-or-before': 2 };

const DAY_MS = 86_400_000;
const toMs = (day: IsoDay): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: IsoDay, days: number): IsoDay => toDay(toMs(day) + days * DAY_MS);

/** The days a partial date may mean: 2017-09 is 2017-09-01 .. 2017-09-30. */
export function partialDateInterval(date: PartialDate): ValidInterval {
  const [year, month] = date.value.split('-').map(Number) as [number, number];
  switch (date.precision) {
    case 'day':
      return { from: date.value, to: date.value, precision: 'day' };
    case 'month':
      return { from: `${date.value}-01`, to: toDay(Date.UTC(year, month, 0)), precision: 'month' };
    case 'year':
      return { from: `${date.value}-01-01`, to: `${date.value}-12-31`, precision: 'year' };
  }
}

/** The window an undated report anchors to: the lookback before its publication day. */
export const publicationInterval = (publishedOn: IsoDay): ValidInterval => ({
  from: addDays(publishedOn, -PUBLICATION_LOOKBACK_DAYS),
  to: publishedOn,
  precision: 'on-or-before',
});

/**
 * When a fact happened, always anchored: its stated date, else the window before the
 * publication that reported it — or before the day it took effect, when that came earlier.
 * A stated deadline or start (effectiveOn) is when the act takes effect, not when it was done
 * ("gave them two weeks to leave"): it stretches the end, and dates the act itself only for
 * events recorded before anchoring existed, which know no publication.
 */
export function validIntervalOf(validTime: ValidTime): ValidInterval | null {
  const effective = validTime.effectiveOn === null ? null : partialDateInterval(validTime.effectiveOn);
  const start =
    validTime.occurredOn !== null
      ? partialDateInterval(validTime.occurredOn)
      : validTime.occurredBy
        ? publicationInterval(effective !== null && effective.to < validTime.occurredBy ? effective.to : validTime.occurredBy)
        : effective;
  if (start === null) return null;
  return effective !== null && effective.to > start.to ? { ...start, to: effective.to } : start;
}

/** Days between two intervals (0 when they overlap) and the tolerance their precisions allow. */
export function intervalGap(a: ValidInterval, b: ValidInterval): { gapDays: number; toleranceDays: number } {
  const gapMs = Math.max(toMs(a.from) - toMs(b.to), toMs(b.from) - toMs(a.to), 0);
  return { gapDays: gapMs / DAY_MS, toleranceDays: Math.max(TOLERANCE_DAYS[a.precision], TOLERANCE_DAYS[b.precision]) };
}

export const describeInterval = (interval: ValidInterval): string =>
  interval.precision === 'on-or-before'
    ? `on or before ${interval.to}`
    : interval.from === interval.to
      ? interval.from
      : `${interval.from}..${interval.to} (${interval.precision})`;
