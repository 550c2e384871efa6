import type { DomainEvent } from '../shared/domain-event.js';
import type { PartialDate } from '../shared/partial-date.js';
import type { Resolution } from './resolution-record.js';

/** How the source frames the act: done, merely announced, proposed, refused, ... */
export type Modality = 'asserted' | 'announced' | 'ordered' | 'proposed' | 'rejected' | 'threatened' | 'negated';

/** Who acts or is acted on: a country (ISO 3166 alpha-3) and, when named, the person or body. */
export interface Party {
  readonly country: string;
  readonly name: string | null;
}

export type FacilityKind =
  | 'embassy'
  | 'consulate-general'
  | 'consulate'
  | 'trade-mission'
  | 'residence'
  | 'compound'
  | 'dacha'
  | 'warehouse'
  | 'diplomatic-mission'
  | 'other';

/** A place named by the fact, with what stands there when it is a diplomatic facility. */
export interface Place {
  readonly name: string;
  /** ISO alpha-3 of the country the place is in, when known. */
  readonly country: string | null;
  readonly facility: FacilityKind | null;
}

/** Head counts: a staff cut from 1,000 to 455 is {from: 1000, to: 455, change: 755}. */
export interface Counts {
  readonly from: number | null;
  readonly to: number | null;
  readonly change: number | null;
  /** True for "more than a thousand", "about 50": the figure is a bound or estimate. */
  readonly approximate: boolean;
}

/** Valid time: when it happened, and when it takes effect (a deadline), each with precision. */
export interface ValidTime {
  readonly occurredOn: PartialDate | null;
  readonly effectiveOn: PartialDate | null;
  /**
   * The day (YYYY-MM-DD) the report was published: it happened on or before it. Set on every
   * report since schemaVersion 2, so a report without a date of its own is anchored too
   * (see validIntervalOf); absent on older events whose publication was unknown.
   */
  readonly occurredBy?: string | null;
}

/** Which document said it, in which words. Offsets are UTF-16 indexes into the stored text. */
export interface Provenance {
  readonly documentId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /**
   * Which origin the words come from: revisions of one page and one wire text republished by
   * several outlets share it (see sourceKeyOf), so they count as one independent source.
   */
  readonly sourceKey?: string;
}

/** How the fact entered the ledger: curated seed data or an extractor version. */
export interface FactOrigin {
  readonly method: 'curated' | 'extracted';
  readonly extractorVersion: string | null;
  /** 0..1; curated facts are 1. */
  readonly confidence: number;
}

/** The values a report gives for a fact; also what FactCorroborated/FactDisputed carry. */
export interface FactValues {
  readonly actor: Party;
  readonly target: Party;
  readonly counts: Counts | null;
  readonly places: readonly Place[];
  readonly validTime: ValidTime;
  readonly modality: Modality;
  /** CAMEO event code where one fits (161 reduce relations, 166 expel, 1711 seize, 163 sanctions). */
  readonly cameo: string | null;
  /** Short free text for what the typed fields cannot hold ("bill passed 2017-06-16 by the Senate"). */
  readonly detail: string | null;
}

export interface FactReportedData extends FactValues {
  readonly factId: string;
  readonly provenance: Provenance;
  readonly origin: FactOrigin;
  /** Why this report is a new fact (schemaVersion 2). */
  readonly resolution?: Resolution;
}

/** The fact types the ledger knows; each is a past-tense fact of the domain. */
export const FACT_EVENT_TYPES = [
  'StaffReductionOrdered',
  'ConsulateClosed',
  'DiplomatsExpelled',
  'DiplomaticPropertySeized',
  'SanctionsEnacted',
  'AmbassadorRecalled',
  'AmbassadorSummoned',
  'DiplomaticRelationsSuspended',
  'TalksHeld',
  'TreatyExtensionDeclined',
] as const;

export type FactEventType = (typeof FACT_EVENT_TYPES)[number];

export type FactReported = DomainEvent<FactEventType, FactReportedData>;

export interface FactCorroboratedData {
  readonly factId: string;
  readonly provenance: Provenance;
  readonly origin: FactOrigin;
  /** What this report states; fills the fact's gaps (see refineFactValues). The decider always sets it. */
  readonly values?: FactValues;
  /** Why this report was matched to this fact, with its score (schemaVersion 2). */
  readonly resolution?: Resolution;
}

/** One field on which a report disagrees with what the ledger holds. */
export interface FieldDispute {
  /** Dotted path into FactValues, e.g. "validTime.occurredOn" or "counts.change". */
  readonly field: string;
  readonly recorded: unknown;
  readonly reported: unknown;
}

export interface FactDisputedData {
  readonly factId: string;
  readonly provenance: Provenance;
  readonly origin: FactOrigin;
  readonly disputes: readonly FieldDispute[];
  /** What this report states, disputed fields included; never changes the fact's values. The decider always sets it. */
  readonly values?: FactValues;
  /** Why this report was matched to this fact, with its score (schemaVersion 2). */
  readonly resolution?: Resolution;
}

/** A newer extractor version no longer supports a fact it (or an older version) extracted. */
export interface FactRetractedData {
  readonly factId: string;
  readonly documentId: string;
  readonly extractorVersion: string;
  readonly reason: string;
}

/**
 * A correction: a report this fact held is another event's, and now lies on `movedTo` (whose
 * own report event records the resolution). The fact no longer counts it; nothing is rewritten.
 */
export interface FactReportMovedData {
  readonly factId: string;
  readonly documentId: string;
  readonly quote: string;
  readonly movedTo: string;
  readonly reasons: readonly string[];
}

export type FactCorroborated = DomainEvent<'FactCorroborated', FactCorroboratedData>;
export type FactDisputed = DomainEvent<'FactDisputed', FactDisputedData>;
export type FactRetracted = DomainEvent<'FactRetracted', FactRetractedData>;
export type FactReportMoved = DomainEvent<'FactReportMoved', FactReportMovedData>;

export type FactEvent = FactReported | FactCorroborated | FactDisputed | FactRetracted | FactReportMoved;

export const isFactReported = (event: { type: string }): event is FactReported =>
  (FACT_EVENT_TYPES as readonly string[]).includes(event.type);
