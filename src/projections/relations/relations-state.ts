import type { FacilityKind, FactValues, Place } from '../../domain/facts/fact-events.js';
import { arePartialDatesCompatible, finerPartialDate } from '../../domain/shared/partial-date-relations.js';
import type { PartialDate } from '../../domain/shared/partial-date.js';
import type { FactSnapshot } from '../facts/facts.reader.js';
import { namedPlaces } from '../facts/places.js';
import { type IsoDate, startOf } from '../facts/valid-time.js';

/**
 * The state of relations between two countries on a date, folded from the facts between them.
 * Everything is seen from the side that bears it: a side lists its missions in the other
 * country, the caps on its staff there, its diplomats expelled, its property seized and the
 * sanctions against it, each with who imposed it and from when.
 */
export interface RelationsState {
  readonly countries: readonly [string, string];
  readonly validAt: IsoDate;
  readonly sides: readonly [RelationsSide, RelationsSide];
}

export interface RelationsSide {
  readonly country: string;
  /** The host country, where the missions are. */
  readonly in: string;
  readonly missions: Mission[];
  readonly staffCaps: StaffCap[];
  readonly expulsions: Expulsion[];
  readonly seizedProperty: SeizedProperty[];
  readonly sanctions: Sanction[];
}

/** A measure ordered for a later date is pending until that date, then in effect. */
export type MeasureStatus = 'in-effect' | 'pending';

interface Measure {
  readonly by: string;
  readonly status: MeasureStatus;
  readonly orderedOn: PartialDate | null;
  readonly effectiveOn: PartialDate | null;
  readonly factIds: string[];
}

export interface Mission {
  readonly place: string;
  readonly facility: FacilityKind;
  readonly status: 'open' | 'closed';
  /** Closed since; null while open (the facts say when missions close, not when they opened). */
  readonly since: PartialDate | null;
  /** A closure ordered by validAt that takes effect later. */
  readonly closure: Measure | null;
  readonly factIds: string[];
}

export interface StaffCap extends Measure {
  readonly cap: number | null;
  readonly reduction: number | null;
  readonly from: number | null;
  readonly approximate: boolean;
}

export interface Expulsion extends Measure {
  readonly count: number | null;
  readonly approximate: boolean;
}

export interface SeizedProperty extends Measure {
  readonly place: string | null;
  readonly facility: FacilityKind | null;
}

export interface Sanction extends Measure {
  readonly detail: string | null;
}

const MISSION_FACILITIES: ReadonlySet<FacilityKind> = new Set([
  'embassy',
  'consulate-general',
  'consulate',
  'trade-mission',
  'residence',
  'diplomatic-mission',
]);

/**
 * `facts` are the actual (not proposed, rejected, ...) facts between the two countries, all of
 * them: a mission named only by its later closure was open before it. A measure counts from
 * when it happened (or, undated, always: the ledger cannot place it); it is pending until the
 * day it takes effect.
 */
export function relationsState(countries: readonly [string, string], validAt: IsoDate, facts: readonly FactSnapshot[]): RelationsState {
  const sides = new Map(countries.map((country, i) => [country, emptySide(country, countries[1 - i]!)]));
  const ordered = [...facts].sort((a, b) => (effectiveStart(a.values) ?? '').localeCompare(effectiveStart(b.values) ?? ''));
  for (const fact of ordered) {
    if (fact.status === 'withdrawn') continue;
    const { values } = fact;
    const happened = happenedBy(values, validAt);
    const measure = measureOf(fact, validAt);
    const places = namedPlaces(values.places);
    for (const place of places) {
      if (place.facility && MISSION_FACILITIES.has(place.facility)) {
        const owner = sides.get(ownerOfPlace(place, values));
        if (owner) noteMission(owner, place, fact, fact.type === 'ConsulateClosed' && happened ? measure : null);
      }
    }
    // Measures are borne by the target: its staff capped, its diplomats expelled, ...
    const bearer = sides.get(values.target.country);
    if (!bearer || !happened) continue;
    const counts = values.counts;
    switch (fact.type) {
      case 'StaffReductionOrdered': {
        const cap = counts?.to ?? (counts?.from != null && counts.change != null ? counts.from - counts.change : null);
        merge(bearer.staffCaps, {
          ...measure,
          cap,
          reduction: counts?.change ?? null,
          from: counts?.from ?? null,
          approximate: counts?.approximate ?? false,
        }, (a, b) => a.cap === b.cap);
        break;
      }
      case 'DiplomatsExpelled':
        merge(bearer.expulsions, {
          ...measure,
          count: counts?.change ?? counts?.to ?? counts?.from ?? null,
          approximate: counts?.approximate ?? false,
        }, (a, b) => a.count === b.count);
        break;
      case 'DiplomaticPropertySeized': {
        for (const place of places.length > 0 ? places : [null]) {
          merge(bearer.seizedProperty, { ...measure, place: place?.name ?? null, facility: place?.facility ?? null }, (a, b) =>
            a.place?.toLowerCase() === b.place?.toLowerCase() && a.facility === b.facility);
        }
        break;
      }
      case 'SanctionsEnacted':
        merge(bearer.sanctions, { ...measure, detail: values.detail }, (a, b) => a.detail === b.detail || a.detail === null || b.detail === null);
        break;
    }
  }
  const [a, b] = countries;
  return { countries, validAt, sides: [sides.get(a)!, sides.get(b)!] };
}

function emptySide(country: string, host: string): RelationsSide {
  return { country, in: host, missions: [], staffCaps: [], expulsions: [], seizedProperty: [], sanctions: [] };
}

function happenedBy(values: FactValues, validAt: IsoDate): boolean {
  const start = startOf(values.validTime.occurredOn ?? values.validTime.effectiveOn);
  return start === null || start <= validAt;
}

const effectiveStart = (values: FactValues): IsoDate | null =>
  startOf(values.validTime.effectiveOn ?? values.validTime.occurredOn);

function measureOf(fact: FactSnapshot, validAt: IsoDate): Measure {
  const start = effectiveStart(fact.values);
  return {
    by: fact.values.actor.country,
    status: start === null || start <= validAt ? 'in-effect' : 'pending',
    orderedOn: fact.values.validTime.occurredOn,
    effectiveOn: fact.values.validTime.effectiveOn,
    factIds: [fact.factId],
  };
}

/** A mission belongs to the country that does not host it; the actor hosts unless the place says otherwise. */
function ownerOfPlace(place: Place, values: FactValues): string {
  const { actor, target } = values;
  return place.country === target.country && place.country !== actor.country ? actor.country : target.country;
}

function noteMission(side: RelationsSide, place: Place, fact: FactSnapshot, closure: Measure | null): void {
  let mission = side.missions.find((m) => m.place.toLowerCase() === place.name.toLowerCase() && m.facility === place.facility);
  if (!mission) {
    mission = { place: place.name, facility: place.facility!, status: 'open', since: null, closure: null, factIds: [] };
    side.missions.push(mission);
  }
  const updated: Mission = !closure
    ? mission
    : closure.status === 'in-effect'
      ? { ...mission, status: 'closed', since: closure.effectiveOn ?? closure.orderedOn, closure: null }
      : mission.status === 'closed'
        ? mission
        : { ...mission, closure };
  side.missions[side.missions.indexOf(mission)] = { ...updated, factIds: union(updated.factIds, [fact.factId]) };
}

/** Two facts can tell of one measure (say, reports that date it differently); they merge when compatible. */
function merge<T extends Measure>(list: T[], item: T, same: (a: T, b: T) => boolean): void {
  const index = list.findIndex(
    (other) => other.by === item.by && same(other, item) && compatible(other.orderedOn, item.orderedOn) && compatible(other.effectiveOn, item.effectiveOn),
  );
  if (index < 0) {
    list.push(item);
    return;
  }
  const other = list[index]!;
  list[index] = {
    ...other,
    orderedOn: finer(other.orderedOn, item.orderedOn),
    effectiveOn: finer(other.effectiveOn, item.effectiveOn),
    status: other.status === 'in-effect' || item.status === 'in-effect' ? 'in-effect' : 'pending',
    factIds: union(other.factIds, item.factIds),
  };
}

const compatible = (a: PartialDate | null, b: PartialDate | null): boolean => a === null || b === null || arePartialDatesCompatible(a, b);
const finer = (a: PartialDate | null, b: PartialDate | null): PartialDate | null => (a && b ? finerPartialDate(a, b) : (a ?? b));
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
