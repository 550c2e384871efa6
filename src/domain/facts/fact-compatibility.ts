import { arePartialDatesCompatible, finerPartialDate } from '../shared/partial-date-relations.js';
import type { PartialDate } from '../shared/partial-date.js';
import type { Counts, FactValues, FieldDispute, Party, Place } from './fact-events.js';
import { modalityClass } from './modality-class.js';

/**
 * How far an approximate figure ("more than 1,000", "about 50") may lie from another and still
 * describe the same count. A single flag marks a whole Counts approximate, so bounds and
 * estimates are treated alike: 1,000 (approximate) agrees with 1,210, not with 1,500.
 */
export const APPROXIMATE_TOLERANCE = 0.25;

const COUNT_FIELDS = ['from', 'to', 'change'] as const;

function figuresAgree(recorded: number, reported: number, approximate: boolean): boolean {
  if (recorded === reported) return true;
  const tolerance = APPROXIMATE_TOLERANCE * Math.max(Math.abs(recorded), Math.abs(reported));
  return approximate && Math.abs(recorded - reported) <= tolerance;
}

function dateDispute(field: string, recorded: PartialDate | null, reported: PartialDate | null): FieldDispute[] {
  return recorded !== null && reported !== null && !arePartialDatesCompatible(recorded, reported)
    ? [{ field, recorded, reported }]
    : [];
}

function countDisputes(recorded: Counts | null, reported: Counts | null): FieldDispute[] {
  if (recorded === null || reported === null) return [];
  const approximate = recorded.approximate || reported.approximate;
  return COUNT_FIELDS.flatMap((name) => {
    const [r, p] = [recorded[name], reported[name]];
    const agree = r === null || p === null || figuresAgree(r, p, approximate);
    return agree ? [] : [{ field: `counts.${name}`, recorded: r, reported: p }];
  });
}

/**
 * Where a report disagrees with what the ledger holds. A field the report leaves out is no
 * disagreement, nor is a coarser date that contains the recorded one. Names, places, CAMEO
 * code and detail never dispute: reports name people and places differently and partially.
 */
export function findDisputes(recorded: FactValues, reported: FactValues): readonly FieldDispute[] {
  const disputes: FieldDispute[] = [];
  if (recorded.actor.country !== reported.actor.country) {
    disputes.push({ field: 'actor.country', recorded: recorded.actor.country, reported: reported.actor.country });
  }
  if (recorded.target.country !== reported.target.country) {
    disputes.push({ field: 'target.country', recorded: recorded.target.country, reported: reported.target.country });
  }
  if (modalityClass(recorded.modality) !== modalityClass(reported.modality)) {
    disputes.push({ field: 'modality', recorded: recorded.modality, reported: reported.modality });
  }
  return [
    ...disputes,
    ...dateDispute('validTime.occurredOn', recorded.validTime.occurredOn, reported.validTime.occurredOn),
    ...dateDispute('validTime.effectiveOn', recorded.validTime.effectiveOn, reported.validTime.effectiveOn),
    ...countDisputes(recorded.counts, reported.counts),
  ];
}

const refineDate = (recorded: PartialDate | null, reported: PartialDate | null): PartialDate | null =>
  recorded === null ? reported : reported === null ? recorded : finerPartialDate(recorded, reported);

/** The earliest publication bounds the fact best; values recorded before anchoring have none. */
function occurredBy(a: string | null | undefined, b: string | null | undefined): { occurredBy?: string } {
  const earliest = !a ? b : !b ? a : a < b ? a : b;
  return earliest ? { occurredBy: earliest } : {};
}

const refineParty = (recorded: Party, reported: Party): Party =>
  recorded.name === null && reported.name !== null ? { ...recorded, name: reported.name } : recorded;

function refineCounts(recorded: Counts | null, reported: Counts | null): Counts | null {
  if (recorded === null || reported === null) return recorded ?? reported;
  const fillsGap = COUNT_FIELDS.some((name) => recorded[name] === null && reported[name] !== null);
  if (!fillsGap) return recorded;
  return {
    from: recorded.from ?? reported.from,
    to: recorded.to ?? reported.to,
    change: recorded.change ?? reported.change,
    approximate: recorded.approximate || reported.approximate,
  };
}

const placeKey = (place: Place): string => `${place.name.toLowerCase()}|${place.facility ?? ''}`;

function refinePlaces(recorded: readonly Place[], reported: readonly Place[]): readonly Place[] {
  const known = new Set(recorded.map(placeKey));
  const added = reported.filter((place) => !known.has(placeKey(place)));
  return added.length === 0 ? recorded : [...recorded, ...added];
}

/**
 * What the ledger holds once a compatible report is taken in: gaps filled, dates made as precise
 * as the most precise report, new places added; a recorded value is never overwritten. Folding
 * FactReported and the values of each FactCorroborated through this gives the fact's current
 * values; projections should use it rather than their own rule.
 */
export const refineFactValues = (recorded: FactValues, reported: FactValues): FactValues => ({
  actor: refineParty(recorded.actor, reported.actor),
  target: refineParty(recorded.target, reported.target),
  counts: refineCounts(recorded.counts, reported.counts),
  places: refinePlaces(recorded.places, reported.places),
  validTime: {
    occurredOn: refineDate(recorded.validTime.occurredOn, reported.validTime.occurredOn),
    effectiveOn: refineDate(recorded.validTime.effectiveOn, reported.validTime.effectiveOn),
    ...occurredBy(recorded.validTime.occurredBy, reported.validTime.occurredBy),
  },
  modality: recorded.modality,
  cameo: recorded.cameo ?? reported.cameo,
  detail: recorded.detail ?? reported.detail,
});
