import { type FactEvent, type FactValues, isFactReported } from './fact-events.js';

/** A stored fact event as the upcast needs it: its shape and when its report became known. */
export interface RecordedFactEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  /** ISO 8601 known time of the report (its publication), or null. */
  readonly knownAt: string | null;
}

/** The schema version of report events since every report's valid time is anchored. */
export const FACT_REPORT_SCHEMA_VERSION = 2;

const anchored = (values: FactValues, knownAt: string | null): FactValues =>
  values.validTime.occurredBy !== undefined || knownAt === null
    ? values
    : { ...values, validTime: { ...values.validTime, occurredBy: knownAt.slice(0, 10) } };

/**
 * Reads a fact event of any schema version as the current one. Version 1 reports carried no
 * publication bound: it is their known time (the publication of the document, when known), so
 * old undated facts are anchored too and never join facts of other years. Nothing stored changes.
 */
export function upcastFactEvent({ type, schemaVersion, data, knownAt }: RecordedFactEvent): FactEvent {
  const isReport = isFactReported({ type }) || type === 'FactCorroborated' || type === 'FactDisputed';
  if (schemaVersion >= FACT_REPORT_SCHEMA_VERSION || !isReport) {
    return { type, schemaVersion, data } as FactEvent;
  }
  const old = data as { values?: FactValues } & FactValues;
  const upcast =
    type === 'FactCorroborated' || type === 'FactDisputed'
      ? old.values === undefined ? old : { ...old, values: anchored(old.values, knownAt) }
      : anchored(old, knownAt);
  return { type, schemaVersion: FACT_REPORT_SCHEMA_VERSION, data: upcast } as FactEvent;
}
