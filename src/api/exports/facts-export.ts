import type { FactJson } from '../facts/fact-json.js';
import { partyColumns } from './export-format.js';

export const FACTS_CSV_COLUMNS = [
  'id',
  'type',
  'status',
  'modality',
  'actor',
  'actorName',
  'target',
  'targetName',
  'occurredOn',
  'occurredOnPrecision',
  'effectiveOn',
  'occurredBy',
  'countsFrom',
  'countsTo',
  'countsChange',
  'places',
  'cameo',
  'detail',
  'documentCount',
  'independentSourceCount',
  'firstKnownAt',
] as const;

/** One flat row per fact; provenance and history stay in the NDJSON export, which has them whole. */
export const factCsvRecord = (fact: FactJson): unknown[] => [
  fact.id,
  fact.type,
  fact.status,
  fact.modality,
  ...partyColumns(fact.actor),
  ...partyColumns(fact.target),
  fact.validTime.occurredOn?.value ?? '',
  fact.validTime.occurredOn?.precision ?? '',
  fact.validTime.effectiveOn?.value ?? '',
  fact.validTime.occurredBy ?? '',
  fact.counts?.from ?? '',
  fact.counts?.to ?? '',
  fact.counts?.change ?? '',
  fact.places.map((place) => place.name).join('; '),
  fact.cameo ?? '',
  fact.detail ?? '',
  fact.documentCount,
  fact.independentSourceCount,
  fact.firstKnownAt,
];
