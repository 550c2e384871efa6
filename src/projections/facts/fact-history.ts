import {
  type FactCorroboratedData,
  type FactDisputedData,
  type FactEventType,
  type FactOrigin,
  type FactReportedData,
  type FactReportMovedData,
  type FactRetractedData,
  type FactValues,
  type FieldDispute,
  isFactReported,
} from '../../domain/facts/fact-events.js';
import type { Resolution } from '../../domain/facts/resolution-record.js';
import { reportKey } from '../../domain/facts/fact-decider.js';
import { documentCountOf, EMPTY_FOLD, type FactFold, foldInto, mergeChain, withdrawnAtOf, withReport } from './fact-fold.js';

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
  /** Why the report was resolved to this fact; null for reports recorded before resolution. */
  readonly resolution: Resolution | null;
  /** The origin of its words (see sourceKeyOf); the document itself for older reports. */
  readonly sourceKey: string;
  /** The fact this report was moved to by a correction (FactReportMoved); it no longer counts here. */
  readonly movedTo: string | null;
  /** The fact merged into this one (FactsMerged) that the report was made on; null for the fact's own reports. */
  readonly mergedFrom: string | null;
}

/** One independent origin of a fact's reports, with the documents that carry its words. */
export interface IndependentSource {
  readonly sourceKey: string;
  readonly documentIds: readonly string[];
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
  /** The reporting documents grouped by origin: revisions of a page and reprints of one wire text are one. */
  readonly independentSources: readonly IndependentSource[];
  readonly disputes: readonly DisputeEntry[];
  readonly history: readonly HistoryEntry[];
  /** The fact this one was merged into (FactsMerged), once that is known; readers go there. */
  readonly mergedInto: string | null;
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
 * time is not later). Null when no report of it is known by then. The values come from the
 * FactReported event even when only an earlier-published corroboration is known by then.
 *
 * `records` may hold the events of facts merged into `factId` too: once their FactsMerged is
 * known, their reports, corroborations, disputes and history count here (see foldInto). A fact
 * merged into another by then comes back with `mergedInto` set.
 */
export function foldFact(records: readonly FactEventRecord[], knownAt?: Date, factId = records[0]?.factId): FactState | null {
  const ordered = [...records].sort(byLogOrder);
  const known = knownAt === undefined ? ordered : ordered.filter((record) => record.knownTime <= knownAt);
  const folds = new Map<string, FactFold>();
  for (const record of known) foldInto(folds, record);
  let fold = (factId === undefined ? undefined : folds.get(factId)) ?? EMPTY_FOLD;
  const reported = ordered.find((record) => record.factId === factId && isFactReported(record));
  if (!reported || fold.firstKnownAt === null) return null;
  if (fold.type === null) fold = withReport(fold, reported.type as FactEventType, reported.data as FactReportedData);
  // The facts whose events count here: this one and those merged into it by then, transitively.
  const members = new Set([...folds.keys()].filter((id) => mergeChain(folds, id).includes(reported.factId)));
  const group = known.filter((record) => members.has(record.factId));

  const provenance: ProvenanceEntry[] = [];
  const disputes: DisputeEntry[] = [];
  const moved = new Map<string, string>();
  for (const record of group) {
    if (record.type !== 'FactReportMoved') continue;
    const data = record.data as FactReportMovedData;
    moved.set(reportKey(data), data.movedTo);
  }
  for (const record of group) {
    if (record.type === 'FactRetracted' || record.type === 'FactReportMoved' || record.type === 'FactsMerged') continue;
    const data = record.data as FactReportedData | FactCorroboratedData | FactDisputedData;
    const role: ReportRole = isFactReported(record) ? 'reported' : record.type === 'FactDisputed' ? 'disputed' : 'corroborated';
    const retracted = fold.documents[data.provenance.documentId] === 'retracted';
    provenance.push({
      ...data.provenance,
      role,
      knownAt: record.knownTime,
      origin: data.origin,
      retracted,
      resolution: data.resolution ?? null,
      sourceKey: data.provenance.sourceKey ?? `document:${data.provenance.documentId}`,
      movedTo: moved.get(reportKey(data.provenance)) ?? null,
      mergedFrom: record.factId === reported.factId ? null : record.factId,
    });
    if (record.type === 'FactDisputed') {
      for (const dispute of (data as FactDisputedData).disputes) {
        disputes.push({ ...dispute, documentId: data.provenance.documentId, knownAt: record.knownTime });
      }
    }
  }
  return {
    ...viewOf(reported.factId, fold),
    provenance,
    independentSources: independentSources(provenance),
    disputes,
    history: group.map(historyEntry),
  };
}

/**
 * Origins: reports that share a source key (one wire text, one page's revisions) or a document
 * (two quotes of one article) are one origin, transitively.
 */
function independentSources(provenance: readonly ProvenanceEntry[]): IndependentSource[] {
  const origins: { sourceKey: string; keys: Set<string>; documentIds: Set<string> }[] = [];
  for (const entry of provenance) {
    if (entry.retracted || entry.movedTo !== null) continue;
    const joined = origins.filter((o) => o.keys.has(entry.sourceKey) || o.documentIds.has(entry.documentId));
    const origin = joined[0] ?? { sourceKey: entry.sourceKey, keys: new Set<string>(), documentIds: new Set<string>() };
    if (joined.length === 0) origins.push(origin);
    for (const other of joined.slice(1)) {
      for (const key of other.keys) origin.keys.add(key);
      for (const id of other.documentIds) origin.documentIds.add(id);
      origins.splice(origins.indexOf(other), 1);
    }
    origin.keys.add(entry.sourceKey);
    origin.documentIds.add(entry.documentId);
  }
  return origins.map(({ sourceKey, documentIds }) => ({ sourceKey, documentIds: [...documentIds] }));
}

/** The fact without its provenance, disputes and history: what a fact row holds. */
export function viewOf(factId: string, fold: FactFold): Omit<FactState, 'provenance' | 'independentSources' | 'disputes' | 'history'> {
  const documentCount = documentCountOf(fold);
  const withdrawnAt = withdrawnAtOf(fold, documentCount);
  return {
    factId,
    type: fold.type!,
    values: fold.values!,
    status: withdrawnAt === null ? 'supported' : 'withdrawn',
    firstKnownAt: new Date(fold.firstKnownAt!),
    withdrawnKnownAt: withdrawnAt === null ? null : new Date(withdrawnAt),
    documentCount,
    mergedInto: fold.mergedInto,
  };
}

const historyEntry = (record: FactEventRecord): HistoryEntry => ({
  eventId: record.eventId,
  type: record.type,
  globalPosition: record.globalPosition,
  knownAt: record.knownTime,
  recordedAt: record.recordedAt,
  documentId: record.documentId,
});

/**
 * The document an event speaks for: its provenance, or the retracted document. A merge speaks
 * for no document: the report that showed it lies on the survivor with its own event.
 */
export function documentOf(type: string, data: unknown): string | null {
  if (type === 'FactsMerged') return null;
  if (type === 'FactRetracted' || type === 'FactReportMoved') return (data as FactRetractedData | FactReportMovedData).documentId ?? null;
  return (data as { provenance?: { documentId?: string } }).provenance?.documentId ?? null;
}
