import { FACT_SCHEMA_VERSION, type FactEvent, type FactValues, isFactReported, type Modality, type Party } from './fact-events.js';

/** A stored fact event as the upcast needs it: its shape and when its report became known. */
export interface RecordedFactEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  /** ISO 8601 known time of the report (its publication), or null. */
  readonly knownAt: string | null;
}

/**
 * Schema version 1 of the fact events knew seven modalities and only states as parties:
 * `asserted` is `enacted`, a refusal (`rejected`) is `denied`, and a party without
 * `organisation` is a state.
 */
const LEGACY_MODALITIES: Readonly<Record<string, Modality>> = { asserted: 'enacted', rejected: 'denied' };

export const upcastModality = (modality: string): Modality => LEGACY_MODALITIES[modality] ?? (modality as Modality);

const upcastParty = (party: Party): Party => (party.organisation === undefined ? { ...party, organisation: null } : party);

export function upcastFactValues<V extends FactValues>(values: V): V {
  return { ...values, actor: upcastParty(values.actor), target: upcastParty(values.target), modality: upcastModality(values.modality) };
}

/**
 * Version 1 reports carried no publication bound: it is their known time (the publication of
 * the document, when known), so old undated facts are anchored too and never join facts of
 * other years.
 */
const anchored = <V extends FactValues>(values: V, knownAt: string | null): V =>
  values.validTime.occurredBy !== undefined || knownAt === null
    ? values
    : { ...values, validTime: { ...values.validTime, occurredBy: knownAt.slice(0, 10) } };

const current = <V extends FactValues>(values: V, knownAt: string | null): V => anchored(upcastFactValues(values), knownAt);

/** Reads a fact event of any schema version as the current one. Nothing stored changes. */
export function upcastFactEvent({ type, schemaVersion, data, knownAt }: RecordedFactEvent): FactEvent {
  const isReport = isFactReported({ type }) || type === 'FactCorroborated' || type === 'FactDisputed';
  if (schemaVersion >= FACT_SCHEMA_VERSION || !isReport) {
    return { type, schemaVersion, data } as FactEvent;
  }
  const old = data as { values?: FactValues } & FactValues;
  const upcast =
    type === 'FactCorroborated' || type === 'FactDisputed'
      ? old.values === undefined ? old : { ...old, values: current(old.values, knownAt) }
      : current(old, knownAt);
  return { type, schemaVersion: FACT_SCHEMA_VERSION, data: upcast } as FactEvent;
}
