import { refineFactValues } from '../../domain/facts/fact-compatibility.js';
import {
  type FactCorroboratedData,
  type FactDisputedData,
  type FactEventType,
  type FactOrigin,
  type FactReportedData,
  type FactRetractedData,
  type FactValues,
  type FieldDispute,
  isFactReported,
} from '../../domain/facts/fact-events.js';

/** One fact event as the facts read model keeps it: the envelope fields reads need, and its data. */
export interface FactEventRecord {
  readonly factId: string;
  readonly eventId: string;
  readonly type: string;
  readonly transactionId: bigint;
  readonly globalPosition: bigint;
  readonly knownTime: Date;
  readonly recordedAt: Date;
  readonly documentId: string | null;
  readonly data: unknown;
}

export type ReportRole = 'reported' | 'corroborated' | 'disputed';

export interface ProvenanceEntry {
  readonly documentId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly role: ReportRole;
  readonly knownAt: Date;
  readonly origin: FactOrigin;
  /** True once the document's latest word on the fact is a retraction. */
  readonly retracted: boolean;
}

export interface DisputeEntry extends FieldDispute {
  readonly documentId: string;
  readonly knownAt: Date;
}

export interface HistoryEntry {
  readonly eventId: string;
  readonly type: string;
  readonly globalPosition: bigint;
  readonly knownAt: Date;
  readonly recordedAt: Date;
  readonly documentId: string | null;
}

export interface FactState {
  readonly factId: string;
  readonly type: FactEventType;
  readonly values: FactValues;
  /** Withdrawn when every document that reported the fact has been retracted. */
  readonly status: 'supported' | 'withdrawn';
  readonly firstKnownAt: Date;
  readonly withdrawnKnownAt: Date | null;
  /** Distinct documents whose latest word on the fact still reports it. */
  readonly documentCount: number;
  readonly provenance: readonly ProvenanceEntry[];
  readonly disputes: readonly DisputeEntry[];
  readonly history: readonly HistoryEntry[];
}

/** Commit order, the order the log delivers. */
export const byLogOrder = (a: FactEventRecord, b: FactEventRecord): number =>
  a.transactionId === b.transactionId
    ? Number(a.globalPosition - b.globalPosition)
    : a.transactionId < b.transactionId
      ? -1
      : 1;

/**
 * A fact as its events tell it, optionally as known at `knownAt` (only events whose known
 * time is not later). Null when no report of it is known by then. The projection stores this
 * fold of all events; reads at knownAt fold the filtered rows with the same function, so the
 * two cannot disagree.
 */
export function foldFact(records: readonly FactEventRecord[], knownAt?: Date): FactState | null {
  const reported = records.find((record) => isFactReported(record));
  if (!reported) return null;
  const known = [...records]
    .filter((record) => knownAt === undefined || record.knownTime <= knownAt)
    .sort(byLogOrder);
  const reports = known.filter((record) => record.type !== 'FactRetracted');
  if (reports.length === 0) return null;

  let values = valuesOf(reported.data as FactReportedData);
  const latestByDocument = new Map<string, FactEventRecord>();
  const provenance: Omit<ProvenanceEntry, 'retracted'>[] = [];
  const disputes: DisputeEntry[] = [];
  for (const record of known) {
    if (record.documentId !== null) latestByDocument.set(record.documentId, record);
    if (record.type === 'FactRetracted') continue;
    const data = record.data as FactReportedData | FactCorroboratedData | FactDisputedData;
    const role: ReportRole = record === reported ? 'reported' : record.type === 'FactDisputed' ? 'disputed' : 'corroborated';
    provenance.push({ ...data.provenance, role, knownAt: record.knownTime, origin: data.origin });
    if (record.type === 'FactCorroborated') {
      const reportedValues = (data as FactCorroboratedData & { values?: FactValues }).values;
      if (reportedValues) values = refineFactValues(values, reportedValues);
    }
    if (record.type === 'FactDisputed') {
      for (const dispute of (data as FactDisputedData).disputes) {
        disputes.push({ ...dispute, documentId: data.provenance.documentId, knownAt: record.knownTime });
      }
    }
  }

  const retractedDocuments = new Set(
    [...latestByDocument].filter(([, record]) => record.type === 'FactRetracted').map(([documentId]) => documentId),
  );
  const documentCount = latestByDocument.size - retractedDocuments.size;
  const retractions = known.filter((record) => record.type === 'FactRetracted');
  const withdrawn = documentCount === 0 && retractions.length > 0;

  return {
    factId: (reported.data as FactReportedData).factId,
    type: reported.type as FactEventType,
    values,
    status: withdrawn ? 'withdrawn' : 'supported',
    firstKnownAt: earliest(reports.map((record) => record.knownTime)),
    withdrawnKnownAt: withdrawn ? latest(retractions.map((record) => record.knownTime)) : null,
    documentCount,
    provenance: provenance.map((entry) => ({ ...entry, retracted: retractedDocuments.has(entry.documentId) })),
    disputes,
    history: known.map((record) => ({
      eventId: record.eventId,
      type: record.type,
      globalPosition: record.globalPosition,
      knownAt: record.knownTime,
      recordedAt: record.recordedAt,
      documentId: record.documentId,
    })),
  };
}

const earliest = (times: readonly Date[]): Date => times.reduce((a, b) => (b < a ? b : a));
const latest = (times: readonly Date[]): Date => times.reduce((a, b) => (b > a ? b : a));

const valuesOf = (data: FactReportedData): FactValues => ({
  actor: data.actor,
  target: data.target,
  counts: data.counts,
  places: data.places,
  validTime: data.validTime,
  modality: data.modality,
  cameo: data.cameo,
  detail: data.detail,
});

/** The document an event speaks for: its provenance, or the retracted document. */
export function documentOf(type: string, data: unknown): string | null {
  if (type === 'FactRetracted') return (data as FactRetractedData).documentId ?? null;
  return (data as { provenance?: { documentId?: string } }).provenance?.documentId ?? null;
}
