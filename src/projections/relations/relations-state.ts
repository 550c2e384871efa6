import { type FacilityKind, type FactEventType, type FactValues, type Place, partyCode } from '../../domain/facts/fact-events.js';
import { happened as statusHappened } from '../../domain/facts/modality-class.js';
import { arePartialDatesCompatible, finerPartialDate } from '../../domain/shared/partial-date-relations.js';
import type { PartialDate } from '../../domain/shared/partial-date.js';
import type { FactSnapshot } from '../facts/facts.reader.js';
import { namedPlaces } from '../facts/places.js';
import { happenedFrom, type IsoDate, startOf } from '../facts/valid-time.js';

/**
 * The state of relations between two countries on a date, folded from the facts between them.
 * Everything is seen from the side that bears it: a side lists its missions in the other
 * country, the caps on its staff there, its diplomats expelled, its property seized and the
 * sanctions against it, each with who imposed it and from when.
 */
export interface RelationsState {
  readonly countries: readonly [string, string];
  readonly validAt: IsoDate;
  /** Diplomatic relations between the two: suspended or downgraded until restored. */
  readonly ties: Ties;
  /** High-level contacts suspended by either side; there is no fact type that resumes them yet. */
  readonly contactsSuspended: Measure[];
  readonly sides: readonly [RelationsSide, RelationsSide];
}

export interface Ties {
  readonly status: 'normal' | 'downgraded' | 'suspended';
  /** The measure that set the status (null while normal and never changed), and the restoration that ended the last one. */
  readonly measure: Measure | null;
  readonly restored: Measure | null;
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
  /** Other measures this side bears: its institutions closed, its diplomats detained or restricted, entry bans, ... */
  readonly restrictions: Restriction[];
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
  /** Eased or lifted by the imposing country since (SanctionsEased); null while in force. */
  readonly eased: Measure | null;
}

export interface Restriction extends Measure {
  readonly kind: FactEventType;
}

/** Measures a side bears that have no state of their own beyond having happened. */
const RESTRICTIONS: ReadonlySet<FactEventType> = new Set([
  'InstitutionsClosed',
  'LocalStaffHiringBanned',
  'DiplomatTravelRestricted',
  'DiplomatsDetained',
  'EmbassyRaided',
  'EntryBanImposed',
]);

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
 * when it happened (a report that states no date: from the publication that reported it,
 * by when it certainly had happened); it is pending until the
 * day it takes effect. Of a side's staff caps, only the one in effect and any pending ones are
 * state; earlier caps were superseded.
 */
export function relationsState(countries: readonly [string, string], validAt: IsoDate, facts: readonly FactSnapshot[]): RelationsState {
  const sides = new Map(countries.map((country, i) => [country, new SideDraft(country, countries[1 - i]!)]));
  let ties: Ties = { status: 'normal', measure: null, restored: null };
  const contacts = new Measures<Measure>();
  const ordered = facts
    .map((fact) => ({ fact, start: effectiveStart(fact.values) ?? '' }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map(({ fact }) => fact);
  for (const fact of ordered) {
    // Only what happened changes the state: a threat, a demand or a denial is a statement.
    if (fact.status === 'withdrawn' || !statusHappened(fact.values.modality)) continue;
    const { values } = fact;
    const happened = happenedBy(values, validAt);
    const measure = measureOf(fact, validAt);
    const places = namedPlaces(values.places);
    for (const place of places) {
      if (place.facility && MISSION_FACILITIES.has(place.facility)) {
        const side = sides.get(ownerOfPlace(place, values));
        if (fact.type === 'MissionReopened' && happened) side?.reopenMission(place, fact.factId, measure);
        else side?.noteMission(place, fact.factId, fact.type === 'ConsulateClosed' && happened ? measure : null);
      }
    }
    if (happened && measure.status === 'in-effect') {
      if (fact.type === 'DiplomaticRelationsSuspended') ties = { ...ties, status: 'suspended', measure };
      // A downgrade of suspended relations leaves them suspended.
      if (fact.type === 'DiplomaticRelationsDowngraded' && ties.status !== 'suspended') ties = { ...ties, status: 'downgraded', measure };
      if (fact.type === 'DiplomaticRelationsRestored') ties = { status: 'normal', measure: null, restored: measure };
      if (fact.type === 'HighLevelContactsSuspended') contacts.add(measure.by, measure);
    }
    // Measures are borne by the target: its staff capped, its diplomats expelled, ...
    const bearer = values.target.country === null ? undefined : sides.get(values.target.country);
    if (!bearer || !happened) continue;
    const counts = values.counts;
    switch (fact.type) {
      case 'StaffReductionOrdered': {
        const cap = counts?.to ?? (counts?.from != null && counts.change != null ? counts.from - counts.change : null);
        bearer.staffCaps.add(`${measure.by}|${cap}`, {
          ...measure,
          cap,
          reduction: counts?.change ?? null,
          from: counts?.from ?? null,
          approximate: counts?.approximate ?? false,
        });
        break;
      }
      case 'DiplomatsExpelled': {
        const count = counts?.change ?? counts?.to ?? counts?.from ?? null;
        bearer.expulsions.add(`${measure.by}|${count}`, { ...measure, count, approximate: counts?.approximate ?? false });
        break;
      }
      case 'DiplomaticPropertySeized':
        for (const place of places.length > 0 ? places : [null]) {
          const key = `${measure.by}|${place?.name.toLowerCase() ?? ''}|${place?.facility ?? ''}`;
          bearer.seizedProperty.add(key, { ...measure, place: place?.name ?? null, facility: place?.facility ?? null });
        }
        break;
      case 'SanctionsEnacted':
        bearer.sanctions.add(`${measure.by}|${values.detail ?? ''}`, { ...measure, detail: values.detail, eased: null });
        break;
      case 'SanctionsEased':
        if (measure.status === 'in-effect') bearer.easeSanctions(measure);
        break;
      default:
        if (RESTRICTIONS.has(fact.type)) bearer.restrictions.add(`${fact.type}|${measure.by}`, { ...measure, kind: fact.type });
    }
  }
  const [a, b] = countries;
  return { countries, validAt, ties, contactsSuspended: contacts.list(), sides: [sides.get(a)!.build(), sides.get(b)!.build()] };
}

function happenedBy(values: FactValues, validAt: IsoDate): boolean {
  const start = happenedFrom(values.validTime);
  return start === null || start <= validAt;
}

const effectiveStart = (values: FactValues): IsoDate | null =>
  startOf(values.validTime.effectiveOn ?? values.validTime.occurredOn) ?? values.validTime.occurredBy ?? null;

function measureOf(fact: FactSnapshot, validAt: IsoDate): Measure {
  const start = effectiveStart(fact.values);
  return {
    by: partyCode(fact.values.actor),
    status: start === null || start <= validAt ? 'in-effect' : 'pending',
    orderedOn: fact.values.validTime.occurredOn,
    effectiveOn: fact.values.validTime.effectiveOn,
    factIds: [fact.factId],
  };
}

/** A mission belongs to the country that does not host it; the actor hosts unless the place says otherwise. */
function ownerOfPlace(place: Place, values: FactValues): string {
  const actor = partyCode(values.actor);
  const target = partyCode(values.target);
  return place.country === target && place.country !== actor ? actor : target;
}

/**
 * Measures that may be one and the same, grouped by what they must share (who, how many,
 * where); within a group two merge when their dates are compatible, as reports that date one
 * measure differently are.
 */
class Measures<T extends Measure> {
  private readonly groups = new Map<string, number[]>();
  private readonly all: T[] = [];

  add(key: string, item: T): void {
    const group = this.groups.get(key) ?? [];
    this.groups.set(key, group);
    const index = group.find(
      (i) => compatible(this.all[i]!.orderedOn, item.orderedOn) && compatible(this.all[i]!.effectiveOn, item.effectiveOn),
    );
    if (index === undefined) {
      group.push(this.all.length);
      this.all.push(item);
      return;
    }
    const other = this.all[index]!;
    this.all[index] = {
      ...other,
      orderedOn: finer(other.orderedOn, item.orderedOn),
      effectiveOn: finer(other.effectiveOn, item.effectiveOn),
      status: other.status === 'in-effect' || item.status === 'in-effect' ? 'in-effect' : 'pending',
      factIds: other.factIds.includes(item.factIds[0]!) ? other.factIds : [...other.factIds, ...item.factIds],
    };
  }

  list(): T[] {
    return [...this.all];
  }

  /** Replaces every item that `change` alters. */
  update(change: (item: T) => T): void {
    for (let i = 0; i < this.all.length; i++) this.all[i] = change(this.all[i]!);
  }
}

class SideDraft {
  private readonly missions = new Map<string, Mission>();
  readonly staffCaps = new Measures<StaffCap>();
  readonly expulsions = new Measures<Expulsion>();
  readonly seizedProperty = new Measures<SeizedProperty>();
  readonly sanctions = new Measures<Sanction>();
  readonly restrictions = new Measures<Restriction>();

  constructor(
    private readonly country: string,
    private readonly host: string,
  ) {}

  noteMission(place: Place, factId: string, closure: Measure | null): void {
    const key = `${place.name.toLowerCase()}|${place.facility}`;
    const mission = this.missions.get(key) ?? { place: place.name, facility: place.facility!, status: 'open', since: null, closure: null, factIds: [] };
    const updated: Mission = !closure
      ? mission
      : closure.status === 'in-effect'
        ? { ...mission, status: 'closed', since: closure.effectiveOn ?? closure.orderedOn, closure: null }
        : mission.status === 'closed'
          ? mission
          : { ...mission, closure };
    this.missions.set(key, { ...updated, factIds: updated.factIds.includes(factId) ? updated.factIds : [...updated.factIds, factId] });
  }

  /** A mission reopened is open again, whatever closure came before. */
  reopenMission(place: Place, factId: string, reopening: Measure): void {
    this.noteMission(place, factId, null);
    if (reopening.status !== 'in-effect') return;
    const key = `${place.name.toLowerCase()}|${place.facility}`;
    this.missions.set(key, { ...this.missions.get(key)!, status: 'open', since: null, closure: null });
  }

  /** The sanctions the easing country had imposed on this side by then are eased. */
  easeSanctions(easing: Measure): void {
    this.sanctions.update((s) => (s.by === easing.by && s.eased === null ? { ...s, eased: easing } : s));
  }

  build(): RelationsSide {
    return {
      country: this.country,
      in: this.host,
      missions: [...this.missions.values()],
      staffCaps: currentCaps(this.staffCaps.list()),
      expulsions: this.expulsions.list(),
      seizedProperty: this.seizedProperty.list(),
      sanctions: this.sanctions.list(),
      restrictions: this.restrictions.list(),
    };
  }
}

/** Per imposing country, the latest cap in effect and the pending ones, in date order. */
function currentCaps(caps: readonly StaffCap[]): StaffCap[] {
  const latestInEffect = new Map<string, StaffCap>();
  for (const cap of caps) if (cap.status === 'in-effect') latestInEffect.set(cap.by, cap);
  return caps.filter((cap) => cap.status === 'pending' || latestInEffect.get(cap.by) === cap);
}

const compatible = (a: PartialDate | null, b: PartialDate | null): boolean => a === null || b === null || arePartialDatesCompatible(a, b);
const finer = (a: PartialDate | null, b: PartialDate | null): PartialDate | null => (a && b ? finerPartialDate(a, b) : (a ?? b));
