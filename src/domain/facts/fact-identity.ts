import { monthKey } from '../shared/partial-date-relations.js';
import type { PartialDate } from '../shared/partial-date.js';
import type { FactEventType, FactValues, Modality } from './fact-events.js';
import { modalityClass } from './modality-class.js';
import { partyKey } from './party-key.js';
import { typeFamily } from './type-family.js';

/** Every fact stream id starts with this; consumers find fact streams by it. */
export const FACT_STREAM_PREFIX = 'fact-';

/**
 * A new fact's id: the prefix and an opaque, time-ordered unique id (UUIDv7). Nothing about the
 * fact is in it: what makes reports one fact is decided by resolution (see resolveReport) and
 * recorded, and corrections never have to rename a stream.
 */
export const factIdOf = (uniqueId: string): string => `${FACT_STREAM_PREFIX}${uniqueId}`;

/** The (type family, actor, target) a report is resolved within: candidates share it. */
export interface IdentityKey {
  readonly family: string;
  readonly actor: string;
  readonly target: string;
}

export const identityKeyOf = (type: string, values: Pick<FactValues, 'actor' | 'target'>): IdentityKey => ({
  family: typeFamily(type),
  actor: partyKey(values.actor),
  target: partyKey(values.target),
});

const kebab = (type: string): string => type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * The stream that serializes resolution within one identity key: every decision appends its
 * index of the key's facts there with an expected version, so two concurrent reports of one new
 * event cannot both create it. Its id must not even begin with `fact`: consumers take every
 * stream whose id begins so for a fact.
 */
export const identityStreamId = (key: IdentityKey): string => `identity-${kebab(key.family)}-${key.actor}-${key.target}`;

/** What named a fact before ids were opaque; curated seed records still use it as their key. */
export interface MonthKey {
  readonly type: FactEventType;
  /** ISO alpha-3, or `org:<name>` for an organisation (see partyCode) */
  readonly actor: string;
  /** ISO alpha-3, or `org:<name>` for an organisation */
  readonly target: string;
  readonly modality: Modality;
  readonly validOn: PartialDate;
}

/** Prefix of the month-keyed ids that facts recorded before opaque ids have (schemaVersion 1). */
export const monthKeyedPrefix = (type: string, actor: string, target: string): string =>
  `${FACT_STREAM_PREFIX}${kebab(type)}-${actor.toLowerCase()}-${target.toLowerCase()}-`;

/**
 * `fact-<type>-<actor>-<target>[-<modality class>]-<YYYY-MM | YYYY>`: the id scheme of facts
 * recorded with schemaVersion 1, which still replay under these ids, and the name of a curated
 * seed record. It is a key, not an identity: two events of one month shared it.
 */
export function monthKeyedFactId(key: MonthKey): string {
  const modality = modalityClass(key.modality);
  return `${monthKeyedPrefix(key.type, key.actor, key.target)}${modality === 'actual' ? '' : `${modality}-`}${monthKey(key.validOn)}`;
}
