import { monthKey } from '../shared/partial-date-relations.js';
import type { PartialDate } from '../shared/partial-date.js';
import { type FactEventType, type FactValues, type Modality, partyCode } from './fact-events.js';
import { modalityClass } from './modality-class.js';

/** What makes two reports the same fact. */
export interface FactKey {
  readonly type: FactEventType;
  /** ISO alpha-3, or `org:<name>` for an organisation (see partyCode) */
  readonly actor: string;
  /** ISO alpha-3, or `org:<name>` for an organisation */
  readonly target: string;
  readonly modality: Modality;
  /** When the fact happened (or, failing that, takes effect), at any precision. */
  readonly validOn: PartialDate | null;
}

const kebab = (type: string): string => type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * `fact-<type>-<actor>-<target>[-<modality class>]-<YYYY-MM | YYYY | undated>`, e.g.
 * `fact-diplomats-expelled-usa-rus-2016-12` or `fact-diplomats-expelled-rus-usa-proposed-2016-12`.
 * The valid time counts only to the month: reports that give a fact different days (July 30
 * against July 31) must land on one stream, where the disagreement becomes a FactDisputed
 * instead of a second fact. The cost: two facts of one type between the same countries in the
 * same month share a stream.
 */
export function factIdFor(key: FactKey): string {
  const modality = modalityClass(key.modality);
  return [
    'fact',
    kebab(key.type),
    key.actor.toLowerCase(),
    key.target.toLowerCase(),
    ...(modality === 'actual' ? [] : [modality]),
    key.validOn === null ? 'undated' : monthKey(key.validOn),
  ].join('-');
}

/** The key a report's own values give, for reports that arrive without a curated key. */
export const factKeyOfValues = (type: FactEventType, values: FactValues): FactKey => ({
  type,
  actor: partyCode(values.actor),
  target: partyCode(values.target),
  modality: values.modality,
  validOn: values.validTime.occurredOn ?? values.validTime.effectiveOn,
});
