import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { eventIdFor } from '../shared/deterministic-uuid.js';
import { isValidPartialDate } from '../shared/partial-date-relations.js';
import { findDisputes, refineFactValues } from './fact-compatibility.js';
import type { Resolution } from './resolution-record.js';
import { upcastFactEvent } from './fact-upcast.js';
import { typeFamily } from './type-family.js';
import {
  FACT_SCHEMA_VERSION,
  type FactCorroborated,
  type FactDisputed,
  type FactEvent,
  type FactEventType,
  type FactOrigin,
  type FactReported,
  type FactValues,
  type FactsMerged,
  type MergeEvidence,
  type Provenance,
  isFactReported,
} from './fact-events.js';

/** One document's report of a fact, in one quote. */
export interface ReportFact {
  readonly type: 'ReportFact';
  readonly factType: FactEventType;
  /** The stream the fact lives in; the resolution (see resolveReport) picks it. */
  readonly factId: string;
  readonly values: FactValues;
  readonly provenance: Provenance;
  readonly origin: FactOrigin;
  /** Why the report is aimed at this fact; recorded on the event it becomes. */
  readonly resolution?: Resolution;
}

/** A newer extractor no longer finds, in this document, the fact an extractor reported from it. */
export interface RetractFact {
  readonly type: 'RetractFact';
  readonly factId: string;
  readonly documentId: string;
  readonly extractorVersion: string;
  readonly reason: string;
}

/** A correction: the report (document, quote) is another event's, resolved to `movedTo`. */
export interface MoveReport {
  readonly type: 'MoveReport';
  readonly factId: string;
  readonly documentId: string;
  readonly quote: string;
  readonly movedTo: string;
  readonly reasons: readonly string[];
}

/** A correction: this fact and `mergedInto` are one event (see decideMerge). */
export interface MergeFacts extends MergeEvidence {
  readonly type: 'MergeFacts';
  readonly factId: string;
  readonly mergedInto: string;
}

export type FactCommand = ReportFact | RetractFact | MoveReport | MergeFacts;

export type FactState =
  | { readonly status: 'unreported' }
  | {
      readonly status: 'reported';
      readonly factId: string;
      readonly factType: FactEventType;
      /** The values of the first report, refined by every compatible one since. */
      readonly recorded: FactValues;
      /** Reports taken in, by reportKey, with the document each came from. */
      readonly reports: Reports;
      /** The fact this one was merged into (FactsMerged); the resolver no longer aims reports at it. */
      readonly mergedInto?: string;
    };

/** A report is one document's quote: the same document repeating the same quote adds nothing. */
export const reportKey = (provenance: Pick<Provenance, 'documentId' | 'quote'>): string => `${provenance.documentId}\u0000${provenance.quote}`;

const valuesOf = ({ actor, target, counts, places, validTime, modality, cameo, detail }: FactValues): FactValues => ({
  actor,
  target,
  counts,
  places,
  validTime,
  modality,
  cameo,
  detail,
});

/** The quotes of the reports a fact holds. */
export const quotesOf = (reports: Reports): string[] => [...reports.keys()].map((key) => key.slice(key.indexOf('\u0000') + 1));

/** Reports by reportKey: which document, and whether an extractor (not a curator) made it. */
type Reports = ReadonlyMap<string, { readonly documentId: string; readonly extracted: boolean }>;

const withReport = (reports: Reports, provenance: Provenance, origin: FactOrigin): Reports =>
  new Map([...reports, [reportKey(provenance), { documentId: provenance.documentId, extracted: origin.method === 'extracted' }]]);

function evolve(state: FactState, event: FactEvent): FactState {
  if (isFactReported(event)) {
    return {
      status: 'reported',
      factId: event.data.factId,
      factType: event.type,
      recorded: valuesOf(event.data),
      reports: withReport(new Map(), event.data.provenance, event.data.origin),
    };
  }
  if (state.status === 'unreported') return state;
  switch (event.type) {
    case 'FactCorroborated':
      return {
        ...state,
        recorded:
          event.data.values === undefined ? state.recorded : refineFactValues(state.recorded, event.data.values),
        reports: withReport(state.reports, event.data.provenance, event.data.origin),
      };
    case 'FactDisputed':
      return { ...state, reports: withReport(state.reports, event.data.provenance, event.data.origin) };
    case 'FactReportMoved':
      return { ...state, reports: new Map([...state.reports].filter(([key]) => key !== reportKey(event.data))) };
    case 'FactsMerged':
      return { ...state, mergedInto: event.data.mergedInto };
    case 'FactRetracted':
      // Only the document's extracted reports go: a curated report of the same document stands.
      // The document may report the fact again (a newer extractor); what it added to the
      // recorded values stays, as every event stays.
      return {
        ...state,
        reports: new Map(
          [...state.reports].filter(([, r]) => !(r.extracted && r.documentId === event.data.documentId)),
        ),
      };
  }
}

function invalidReport(command: ReportFact): string | null {
  const { provenance, values } = command;
  if (provenance.quote.length === 0) return 'the quote is empty';
  if (provenance.end - provenance.start !== provenance.quote.length || provenance.start < 0) {
    return `offsets ${provenance.start}..${provenance.end} do not span the quote`;
  }
  const dates = [values.validTime.occurredOn, values.validTime.effectiveOn];
  if (dates.some((date) => date !== null && !isValidPartialDate(date))) return 'a valid-time date is malformed';
  const counts = values.counts === null ? [] : [values.counts.from, values.counts.to, values.counts.change];
  if (counts.some((n) => n !== null && (!Number.isInteger(n) || n < 0))) return 'a count is not a non-negative integer';
  return null;
}

function decide(command: FactCommand, state: FactState): readonly FactEvent[] {
  switch (command.type) {
    case 'RetractFact':
      return decideRetraction(command, state);
    case 'MoveReport':
      return decideMove(command, state);
    case 'MergeFacts':
      return decideMergeInto(command, state);
    case 'ReportFact':
      return decideReport(command, state);
  }
}

function decideMove(command: MoveReport, state: FactState): readonly FactEvent[] {
  if (state.status === 'unreported' || !state.reports.has(reportKey(command))) return [];
  const { factId, documentId, quote, movedTo, reasons } = command;
  return [{ type: 'FactReportMoved', schemaVersion: 1, data: { factId, documentId, quote, movedTo, reasons } }];
}

/** Once merged, a fact stays merged: deciding the same merge again (a replay, a re-extraction) adds nothing. */
function decideMergeInto(command: MergeFacts, state: FactState): readonly FactEvent[] {
  if (state.status === 'unreported' || state.mergedInto !== undefined || command.mergedInto === state.factId) return [];
  const { type: _, ...data } = command;
  const merged: FactsMerged = { type: 'FactsMerged', schemaVersion: 1, data };
  return [merged];
}

/**
 * A survivor as the resolver sees it once `absorbed` is merged into it: its values refined by
 * the absorbed fact's, and the absorbed fact's reports held too, as the facts view counts them.
 */
export function withAbsorbed(survivor: FactState, absorbed: FactState): FactState {
  if (survivor.status === 'unreported' || absorbed.status === 'unreported') return survivor;
  return { ...survivor, recorded: refineFactValues(survivor.recorded, absorbed.recorded), reports: new Map([...survivor.reports, ...absorbed.reports]) };
}

function decideRetraction(command: RetractFact, state: FactState): readonly FactEvent[] {
  if (state.status === 'unreported') return [];
  const supported = [...state.reports.values()].some((r) => r.extracted && r.documentId === command.documentId);
  if (!supported) return [];
  const { factId, documentId, extractorVersion, reason } = command;
  return [{ type: 'FactRetracted', schemaVersion: 1, data: { factId, documentId, extractorVersion, reason } }];
}

function decideReport(command: ReportFact, state: FactState): readonly FactEvent[] {
  const problem = invalidReport(command);
  if (problem !== null) {
    throw new DomainError('INVALID_FACT_REPORT', `Report of ${command.factId}: ${problem}`, { factId: command.factId });
  }
  const { factId, factType, values, provenance, origin } = command;
  const resolution = command.resolution === undefined ? {} : { resolution: command.resolution };
  if (state.status === 'unreported') {
    const reported: FactReported = {
      type: factType,
      schemaVersion: FACT_SCHEMA_VERSION,
      data: { factId, ...valuesOf(values), provenance, origin, ...resolution },
    };
    return [reported];
  }
  if (state.factId !== factId || typeFamily(state.factType) !== typeFamily(factType)) {
    const message = `${factType} ${factId} reported on the stream of ${state.factType} ${state.factId}`;
    throw new DomainError('FACT_MISMATCH', message, {
      expected: { factId: state.factId, factType: state.factType },
      actual: { factId, factType },
    });
  }
  if (state.reports.has(reportKey(provenance))) return [];
  const disputes = findDisputes(state.recorded, values);
  if (disputes.length > 0) {
    const disputed: FactDisputed = {
      type: 'FactDisputed',
      schemaVersion: FACT_SCHEMA_VERSION,
      data: { factId, provenance, origin, disputes, values: valuesOf(values), ...resolution },
    };
    return [disputed];
  }
  const corroborated: FactCorroborated = {
    type: 'FactCorroborated',
    schemaVersion: FACT_SCHEMA_VERSION,
    data: { factId, provenance, origin, values: valuesOf(values), ...resolution },
  };
  return [corroborated];
}

export const factDecider: Decider<FactCommand, FactEvent, FactState> = {
  initialState: () => ({ status: 'unreported' }),
  evolve,
  decide,
  upcast: upcastFactEvent,
};

/**
 * Every fact event but a retraction or a correction records one report, so the report (document, quote and,
 * when extracted, extractor version) names it; whether it became FactReported or
 * FactCorroborated depends on what was there first.
 */
export function factEventId(streamId: string, event: FactEvent): string {
  if (event.type === 'FactRetracted') {
    return eventIdFor(streamId, `retraction:${event.data.documentId}:${event.data.extractorVersion}`);
  }
  if (event.type === 'FactReportMoved') {
    return eventIdFor(streamId, `moved:${event.data.documentId}:${event.data.quote}:${event.data.movedTo}`);
  }
  if (event.type === 'FactsMerged') return eventIdFor(streamId, `merged:${event.data.mergedInto}`);
  const { documentId, quote } = event.data.provenance;
  // An extractor version may report again what an older one reported and was retracted.
  const { extractorVersion } = event.data.origin;
  return eventIdFor(streamId, `report:${documentId}:${quote}${extractorVersion ? `:${extractorVersion}` : ''}`);
}
