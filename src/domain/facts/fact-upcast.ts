import type { DomainEvent } from '../shared/domain-event.js';
import { FACT_SCHEMA_VERSION, type FactValues, type Modality, type Party } from './fact-events.js';

/**
 * Schema version 1 of the fact events knew seven modalities and only states as parties. An
 * old event is read as version 2, never rewritten: `asserted` is `enacted`, a refusal
 * (`rejected`) is `denied`, and a party without `organisation` is a state.
 */
const LEGACY_MODALITIES: Readonly<Record<string, Modality>> = { asserted: 'enacted', rejected: 'denied' };

export const upcastModality = (modality: string): Modality => LEGACY_MODALITIES[modality] ?? (modality as Modality);

const upcastParty = (party: Party): Party => (party.organisation === undefined ? { ...party, organisation: null } : party);

export function upcastFactValues<V extends FactValues>(values: V): V {
  return { ...values, actor: upcastParty(values.actor), target: upcastParty(values.target), modality: upcastModality(values.modality) };
}

/** A stored fact event as version 2; events of other streams pass through unchanged. */
export function upcastFactEvent<E extends DomainEvent>(event: E): E {
  if (event.schemaVersion >= FACT_SCHEMA_VERSION || typeof event.data !== 'object' || event.data === null) return event;
  const data = event.data as { actor?: unknown; values?: FactValues };
  if ('actor' in data && 'modality' in data) {
    return { ...event, schemaVersion: FACT_SCHEMA_VERSION, data: upcastFactValues(data as unknown as FactValues) };
  }
  if (data.values) return { ...event, schemaVersion: FACT_SCHEMA_VERSION, data: { ...data, values: upcastFactValues(data.values) } };
  return event;
}
