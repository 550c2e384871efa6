import type { PartialDate } from '../../domain/shared/partial-date.js';
import type { TimelineEntry } from '../../projections/timeline/timeline.reader.js';
import { partyColumns } from './export-format.js';

export const TIMELINE_CSV_COLUMNS = [
  'date',
  'factId',
  'type',
  'actor',
  'actorName',
  'target',
  'targetName',
  'modality',
  'occurredOn',
  'effectiveOn',
  'summary',
  'documentCount',
] as const;

export const timelineCsvRecord = (entry: TimelineEntry): unknown[] => [
  entry.date ?? '',
  entry.factId,
  entry.type,
  ...partyColumns(entry.actor),
  ...partyColumns(entry.target),
  entry.modality,
  entry.validTime.occurredOn?.value ?? '',
  entry.validTime.effectiveOn?.value ?? '',
  entry.summary,
  entry.documentCount,
];

interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** As precise as the fact's own date: a month-precise fact is not shown on the first of the month. */
function timelineJsDate(date: PartialDate | null, fallback: string): TimelineJsDate {
  const [year, month, day] = (date?.value ?? fallback).split('-').map(Number) as [number, number?, number?];
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/**
 * One TimelineJS slide (timeline.knightlab.com's JSON format) per fact; facts with no date
 * at all (old ones only) cannot be placed on a timeline and are left out.
 */
export function timelineJsEvent(entry: TimelineEntry): object | null {
  if (entry.date === null) return null;
  const end = entry.validTime.effectiveOn;
  return {
    unique_id: entry.factId,
    start_date: timelineJsDate(entry.validTime.occurredOn, entry.date),
    ...(end && end.value > entry.date ? { end_date: timelineJsDate(end, end.value) } : {}),
    group: entry.type,
    text: {
      headline: entry.summary,
      text: `${entry.modality}; reported by ${entry.documentCount} document${entry.documentCount === 1 ? '' : 's'}`,
    },
  };
}
