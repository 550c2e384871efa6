import { refineFactValues } from '../../domain/facts/fact-compatibility.js';
import {
  type FactCorroboratedData,
  type FactDisputedData,
  type FactEventType,
  type FactReportedData,
  type FactsMergedData,
  type FactValues,
  isFactReported,
} from '../../domain/facts/fact-events.js';
import { upcastFactValues } from '../../domain/facts/fact-upcast.js';

/** What a document last said about a fact. */
export type DocumentRole = 'reported' | 'corroborated' | 'disputed' | 'retracted' | 'moved';

/**
 * Everything the fact row needs, folded event by event in log order. The projection keeps it
 * in the row and folds each new event into it, never re-reading a fact's history; reads at
 * knownAt fold the filtered events with the same step, so the two cannot disagree.
 */
export interface FactFold {
  /** Null until the FactReported event is folded in. */
  readonly type: FactEventType | null;
  readonly values: FactValues | null;
  /** Values of reports folded in before FactReported (the log can deliver them first). */
  readonly pending: readonly FactValues[];
  readonly documents: Readonly<Record<string, DocumentRole>>;
  /** ISO times: the earliest report, the latest retraction (or report moved away). */
  readonly firstKnownAt: string | null;
  readonly latestRetractionAt: string | null;
  readonly disputeCount: number;
  /** The fact this one was merged into (FactsMerged), and when that became known; its later events fold there. */
  readonly mergedInto: string | null;
  readonly mergedKnownAt: string | null;
}

export const EMPTY_FOLD: FactFold = {
  type: null,
  values: null,
  pending: [],
  documents: {},
  firstKnownAt: null,
  latestRetractionAt: null,
  disputeCount: 0,
  mergedInto: null,
  mergedKnownAt: null,
};

/** The slice of a stored fact event the fold reads. */
export interface FoldableEvent {
  readonly factId: string;
  readonly type: string;
  readonly knownTime: Date;
  readonly documentId: string | null;
  readonly data: unknown;
}

/** Stored data may be of schema version 1: read as version 2 (upcastFactValues). */
const valuesOf = (data: FactReportedData): FactValues =>
  upcastFactValues({
    actor: data.actor,
    target: data.target,
    counts: data.counts,
    places: data.places,
    validTime: data.validTime,
    modality: data.modality,
    cameo: data.cameo,
    detail: data.detail,
  });

/** Takes in the FactReported event: its values, refined by any report folded in before it. */
export function withReport(fold: FactFold, type: FactEventType, data: FactReportedData): FactFold {
  return { ...fold, type, values: fold.pending.reduce(refineFactValues, valuesOf(data)), pending: [] };
}

export function foldStep(fold: FactFold, event: FoldableEvent): FactFold {
  const knownAt = event.knownTime.toISOString();
  const documents = event.documentId === null ? fold.documents : withRole(fold.documents, event.documentId, roleOf(event.type));
  if (event.type === 'FactRetracted' || event.type === 'FactReportMoved') {
    const latest = fold.latestRetractionAt === null || knownAt > fold.latestRetractionAt ? knownAt : fold.latestRetractionAt;
    return { ...fold, documents, latestRetractionAt: latest };
  }
  const reported = {
    ...fold,
    documents,
    firstKnownAt: fold.firstKnownAt === null || knownAt < fold.firstKnownAt ? knownAt : fold.firstKnownAt,
  };
  if (isFactReported(event)) return withReport(reported, event.type, event.data as FactReportedData);
  if (event.type === 'FactDisputed') {
    return { ...reported, disputeCount: reported.disputeCount + (event.data as FactDisputedData).disputes.length };
  }
  const stored = (event.data as FactCorroboratedData).values;
  if (!stored) return reported;
  const values = upcastFactValues(stored);
  return reported.values === null
    ? { ...reported, pending: [...reported.pending, values] }
    : { ...reported, values: refineFactValues(reported.values, values) };
}

/**
 * A copy of `documents` with one more entry. Document ids are open-ended keys: a
 * null-prototype object stays a plain hash table, where `{ ...documents, [id]: role }` builds a
 * hidden class per new id (three times slower over a rebuild's folds, measured).
 */
function withRole(documents: FactFold['documents'], documentId: string, role: DocumentRole): FactFold['documents'] {
  const copy = Object.assign(Object.create(null) as Record<string, DocumentRole>, documents);
  copy[documentId] = role;
  return copy;
}

function roleOf(type: string): DocumentRole {
  switch (type) {
    case 'FactRetracted':
      return 'retracted';
    case 'FactReportMoved':
      return 'moved';
    case 'FactCorroborated':
      return 'corroborated';
    case 'FactDisputed':
      return 'disputed';
    default:
      return 'reported';
  }
}

/** Documents whose latest word still reports the fact. */
export function documentCountOf(fold: FactFold): number {
  let count = 0;
  for (const id in fold.documents) if (fold.documents[id] !== 'retracted' && fold.documents[id] !== 'moved') count += 1;
  return count;
}

/** Withdrawn once every document that reported it has been retracted or moved away: from the latest of those on. */
export const withdrawnAtOf = (fold: FactFold, documentCount = documentCountOf(fold)): string | null =>
  documentCount === 0 ? fold.latestRetractionAt : null;

const supports = (role: DocumentRole | undefined): boolean => role !== undefined && role !== 'retracted' && role !== 'moved';

/**
 * The survivor's fold once `absorbed` is merged into it: every document that reports either
 * (a document that still reports one of them counts), values refined by the absorbed fact's,
 * disputes added up, the earliest report and latest retraction of both.
 */
export function mergeFolds(survivor: FactFold, absorbed: FactFold): FactFold {
  const documents = Object.assign(Object.create(null) as Record<string, DocumentRole>, survivor.documents);
  for (const id in absorbed.documents) if (!supports(documents[id])) documents[id] = absorbed.documents[id]!;
  const incoming = [...(absorbed.values === null ? [] : [absorbed.values]), ...absorbed.pending];
  const earliest = (a: string | null, b: string | null, pick: (x: string, y: string) => boolean) => (a === null ? b : b === null ? a : pick(a, b) ? a : b);
  return {
    ...survivor,
    ...(survivor.values === null ? { pending: [...survivor.pending, ...incoming] } : { values: incoming.reduce(refineFactValues, survivor.values) }),
    documents,
    firstKnownAt: earliest(survivor.firstKnownAt, absorbed.firstKnownAt, (x, y) => x <= y),
    latestRetractionAt: earliest(survivor.latestRetractionAt, absorbed.latestRetractionAt, (x, y) => x >= y),
    disputeCount: survivor.disputeCount + absorbed.disputeCount,
  };
}

/** `factId`, the fact it was merged into, the one that was merged into, ...: where its events fold, last. */
export function mergeChain(folds: ReadonlyMap<string, FactFold>, factId: string): string[] {
  const chain = [factId];
  // A merge never points back (the decider refuses a merged fact's merge), but a bound costs nothing.
  for (let next = folds.get(factId)?.mergedInto; next && chain.length < 64 && !chain.includes(next); next = folds.get(next)?.mergedInto) {
    chain.push(next);
  }
  return chain;
}

/** The fact whose fold an event of `factId` goes to: itself, or the fact it was merged into, transitively. */
export const survivorOf = (folds: ReadonlyMap<string, FactFold>, factId: string): string => mergeChain(folds, factId).at(-1)!;

/**
 * Folds one event into the folds of the facts it touches, following merges: an event of an
 * absorbed fact folds into its survivor, and FactsMerged folds the absorbed fact's fold into
 * the survivor's and marks it merged. Live apply, replay and reads at knownAt all fold through
 * here, in log order, so they cannot disagree. Returns the facts whose fold changed.
 */
export function foldInto(folds: Map<string, FactFold>, event: FoldableEvent): string[] {
  if (event.type !== 'FactsMerged') {
    const id = survivorOf(folds, event.factId);
    folds.set(id, foldStep(folds.get(id) ?? EMPTY_FOLD, event));
    return [id];
  }
  const absorbed = folds.get(event.factId) ?? EMPTY_FOLD;
  const { mergedInto } = event.data as FactsMergedData;
  const survivorId = survivorOf(folds, mergedInto);
  if (absorbed.mergedInto !== null || survivorId === event.factId) return [];
  folds.set(survivorId, mergeFolds(folds.get(survivorId) ?? EMPTY_FOLD, absorbed));
  folds.set(event.factId, { ...absorbed, mergedInto, mergedKnownAt: event.knownTime.toISOString() });
  return [event.factId, survivorId];
}
