import { v7 as uuidv7 } from 'uuid';
import { foldStream, type StreamDecision } from '../../application/decider-flow.js';
import { findDisputes } from '../../domain/facts/fact-compatibility.js';
import {
  factDecider,
  factEventId,
  type FactState,
  quotesOf,
  type ReportFact,
  reportKey,
  type RetractFact,
  withAbsorbed,
} from '../../domain/facts/fact-decider.js';
import { FACT_EVENT_TYPES, type FactEvent, type FactEventType, type FactOrigin, type FactValues, type Provenance } from '../../domain/facts/fact-events.js';
import { type IdentityKey, factIdOf, identityKeyOf, identityStreamId, monthKeyedPrefix } from '../../domain/facts/fact-identity.js';
import { type IdentityKeyIndexed, type IdentityKeyIndexedData, type IndexedFact, indexedFact, screenOut } from '../../domain/facts/fact-key-index.js';
import { decideMerge, type MergeDecision, mergeCommands } from '../../domain/facts/fact-merge.js';
import { type CandidateFact, resolveReport, scoreCandidate } from '../../domain/facts/fact-resolution.js';
import type { CandidateScore, Resolution } from '../../domain/facts/resolution-record.js';
import { typeFamily } from '../../domain/facts/type-family.js';
import type { EventMetadata, EventStore, ExpectedVersion, NewEvent } from '../../event-store/event-store.port.js';

/** One document's report of a fact, before resolution says which fact it is. */
export interface FactReportDraft {
  readonly factType: FactEventType;
  readonly values: FactValues;
  readonly provenance: Provenance;
  readonly origin: FactOrigin;
  /** A curated seed record's key: reports with one key are one fact, whatever the scores say. */
  readonly curatedKey?: string;
}

const SCREENED_LISTED = 10;

interface FactSlot {
  state: FactState;
  /** The fact's own state and those of the facts merged into it, each before the merge. */
  readonly members: FactState[];
  readonly expectedVersion: ExpectedVersion;
  readonly decided: FactEvent[];
}

/**
 * Resolves a document's fact reports and decides on every stream they touch: each report is
 * matched against the facts of its identity key (resolveReport) and becomes a new fact, a
 * corroboration or a dispute, with the resolution recorded on the event; each key's index is
 * appended to its key stream with the version read, so a concurrent resolution in the same key
 * makes the caller's append fail and run again on fresh state. Reports of one document are
 * resolved in order, each seeing what the previous ones decided.
 *
 * Re-extraction passes what it knows of the document's earlier reports: `placedOn`, the facts
 * they lie on (a report found there again stays, unless that fact now excludes it, in which case
 * it moves: FactReportMoved there, and a report event where it now resolves), and
 * `retractionsFor`, which learns where the reports resolved and names the facts to retract.
 *
 * A report, new or re-extracted, that shows two facts of its key are one event (decideMerge)
 * merges them in the same decision: FactsMerged on each absorbed fact's stream, the absorbed
 * facts leave the key's index and the survivor's entry lists them, so later resolutions see the
 * survivor with the absorbed facts' reports and values folded in.
 */
export async function decideFacts(
  store: EventStore,
  drafts: readonly FactReportDraft[],
  metadata: EventMetadata,
  reextraction: {
    readonly placedOn?: ReadonlySet<string>;
    readonly retractionsFor?: (supported: ReadonlySet<string>) => readonly RetractFact[];
  } = {},
): Promise<StreamDecision[]> {
  const slots = new Map<string, FactSlot>();
  // Survivors and the facts merged into them, as the key indexes read so far list them.
  const absorbedBy = new Map<string, readonly string[]>();
  const slot = async (factId: string): Promise<FactSlot> => {
    let found = slots.get(factId);
    if (!found) {
      const { state, version } = await foldStream(store, factId, factDecider);
      found = { state, members: [state], expectedVersion: version ?? 'no_stream', decided: [] };
      slots.set(factId, found);
      for (const absorbed of absorbedBy.get(factId) ?? []) {
        const member = (await slot(absorbed)).state;
        found.state = withAbsorbed(found.state, member);
        found.members.push(member);
      }
    }
    return found;
  };
  const apply = (target: FactSlot, events: readonly FactEvent[]): void => {
    target.state = events.reduce(factDecider.evolve, target.state);
    target.decided.push(...events);
  };

  const supported = new Set<string>();
  const keyDecisions: StreamDecision[] = [];
  for (const [streamId, group] of groupBy(drafts, (d) => identityStreamId(identityKeyOf(d.factType, d.values)))) {
    const key = identityKeyOf(group[0]!.factType, group[0]!.values);
    const { index, expectedVersion } = await readIndex(store, streamId, key, slot);
    for (const fact of index.values()) if (fact.absorbed) absorbedBy.set(fact.factId, fact.absorbed);
    let changed = false;
    for (const draft of group) {
      const { factId, resolution, movedFrom, merge } = await resolve(draft, index, slot, reextraction.placedOn ?? new Set());
      supported.add(factId);
      if (merge !== undefined && (await mergeFacts(merge, draft.provenance, index, slot, apply))) changed = true;
      if (movedFrom !== undefined) {
        const { documentId, quote } = draft.provenance;
        const source = await slot(movedFrom);
        const move = { type: 'MoveReport', factId: movedFrom, documentId, quote, movedTo: factId, reasons: resolution.reasons } as const;
        apply(source, factDecider.decide(move, source.state));
      }
      if (resolution.decision === 'new-fact' && !slots.has(factId)) {
        slots.set(factId, { state: factDecider.initialState(), members: [], expectedVersion: 'no_stream', decided: [] });
      }
      const target = await slot(factId);
      const command: ReportFact = { type: 'ReportFact', ...withoutCuratedKey(draft), factId, resolution };
      const events = factDecider.decide(command, target.state);
      if (events.length === 0) continue;
      apply(target, events);
      reindex(index, factId, target.state, draft.curatedKey ?? null);
      changed = true;
    }
    if (!changed) continue;
    const indexed: IdentityKeyIndexed = { type: 'IdentityKeyIndexed', schemaVersion: 1, data: { key, facts: [...index.values()] } };
    keyDecisions.push({ streamId, expectedVersion, decided: [indexed], events: [toNewEvent(indexed, uuidv7(), metadata)] });
  }
  for (const retraction of reextraction.retractionsFor?.(supported) ?? []) {
    const target = await slot(retraction.factId);
    apply(target, factDecider.decide(retraction, target.state));
  }

  const factDecisions = [...slots].flatMap(([streamId, { expectedVersion, decided }]): StreamDecision[] =>
    decided.length === 0
      ? []
      : [{ streamId, expectedVersion, decided, events: decided.map((event) => toNewEvent(event, factEventId(streamId, event), metadata)) }],
  );
  return [...factDecisions, ...keyDecisions];
}

/** The fact's index entry at its state now, keeping what the entry already knew. */
function reindex(index: Map<string, IndexedFact>, factId: string, state: FactState, curatedKey: string | null): void {
  const reported = state as Extract<FactState, { status: 'reported' }>;
  const known = index.get(factId);
  const entry = indexedFact(factId, reported.factType, reported.recorded, known?.curatedKey ?? curatedKey);
  index.set(factId, known?.absorbed ? { ...entry, absorbed: known.absorbed } : entry);
}

/**
 * Decides FactsMerged on each absorbed fact and takes them out of the key's index: the survivor
 * holds their reports and values from now on, and its entry lists them (and what they had absorbed).
 */
async function mergeFacts(
  merge: MergeDecision,
  report: Provenance,
  index: Map<string, IndexedFact>,
  slot: (factId: string) => Promise<FactSlot>,
  apply: (target: FactSlot, events: readonly FactEvent[]) => void,
): Promise<boolean> {
  const survivor = await slot(merge.survivorId);
  const absorbed = [...(index.get(merge.survivorId)?.absorbed ?? [])];
  for (const command of mergeCommands(merge, report)) {
    const source = await slot(command.factId);
    const events = factDecider.decide(command, source.state);
    if (events.length === 0) continue;
    apply(source, events);
    survivor.state = withAbsorbed(survivor.state, source.state);
    absorbed.push(command.factId, ...(index.get(command.factId)?.absorbed ?? []));
    index.delete(command.factId);
  }
  if (absorbed.length === (index.get(merge.survivorId)?.absorbed ?? []).length) return false;
  reindex(index, merge.survivorId, survivor.state, null);
  index.set(merge.survivorId, { ...index.get(merge.survivorId)!, absorbed });
  return true;
}

const withoutCuratedKey = ({ curatedKey: _, ...draft }: FactReportDraft) => draft;

const toNewEvent = (event: FactEvent | IdentityKeyIndexed, eventId: string, metadata: EventMetadata): NewEvent => ({
  eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data as unknown as Record<string, unknown>,
  metadata,
});

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * The key's index as its latest key-stream event has it. A ledger written before key streams
 * has none: its facts are found under their month-keyed ids, so new reports still meet them.
 */
async function readIndex(
  store: EventStore,
  streamId: string,
  key: IdentityKey,
  slot: (factId: string) => Promise<FactSlot>,
): Promise<{ index: Map<string, IndexedFact>; expectedVersion: ExpectedVersion }> {
  const [latest] = await store.readStream(streamId, { direction: 'backwards', limit: 1 });
  if (latest) {
    const { facts } = latest.data as unknown as IdentityKeyIndexedData;
    return { index: new Map(facts.map((fact) => [fact.factId, fact])), expectedVersion: latest.streamVersion };
  }
  const index = new Map<string, IndexedFact>();
  for (const prefix of monthKeyedPrefixes(key)) {
    for (const factId of await store.streamIdsStartingWith(prefix)) {
      const { state } = await slot(factId);
      if (state.status === 'reported' && state.mergedInto === undefined) index.set(factId, indexedFact(factId, state.factType, state.recorded, null));
    }
  }
  return { index, expectedVersion: 'no_stream' };
}

/** Where a key's facts were, before key streams, when the key names two countries. */
export function monthKeyedPrefixes(key: IdentityKey): string[] {
  if (!/^[a-z]{3}$/.test(key.actor) || !/^[a-z]{3}$/.test(key.target)) return [];
  return FACT_EVENT_TYPES.filter((type) => typeFamily(type) === key.family).map((type) => monthKeyedPrefix(type, key.actor, key.target));
}

/**
 * The facts of a key's index that resolving `reports` will read: those not screened out for
 * one of them, and what each has absorbed.
 */
export function factsToRead(facts: readonly IndexedFact[], reports: readonly FactValues[]): string[] {
  return facts
    .filter((fact) => reports.some((report) => screenOut(fact, report) === null))
    .flatMap((fact) => [fact.factId, ...(fact.absorbed ?? [])]);
}

interface Resolved {
  readonly factId: string;
  readonly resolution: Resolution;
  /** The fact the report lay on and leaves: it excludes the report now. */
  readonly movedFrom?: string;
  /** Facts of the key the report shows to be one event. */
  readonly merge?: MergeDecision;
}

async function resolve(
  draft: FactReportDraft,
  index: ReadonlyMap<string, IndexedFact>,
  slot: (factId: string) => Promise<FactSlot>,
  placedOn: ReadonlySet<string>,
): Promise<Resolved> {
  if (draft.curatedKey !== undefined) return resolveCurated(draft, index, slot);
  const report = { values: draft.values, quote: draft.provenance.quote };
  // Where this very report already is, it stays, so re-extraction does not move reports as facts
  // grow, unless that fact now excludes it (a month-keyed bucket that held two events).
  let leaving: { factId: string; because: string } | null = null;
  const key = identityStreamId(identityKeyOf(draft.factType, draft.values));
  for (const factId of placedOn) {
    const { state, members } = await slot(factId);
    // One sentence may report facts of several types: only a fact of this key can hold this report.
    if (state.status !== 'reported' || !state.reports.has(reportKey(draft.provenance))) continue;
    if (identityStreamId(identityKeyOf(state.factType, state.recorded)) !== key) continue;
    // A merge found its facts to be one event: a report that fits any of them, as it stood, fits.
    const here = [state, ...members]
      .flatMap((member) => (member.status === 'reported' ? [scoreCandidate(report, { factId, recorded: member.recorded, quotes: quotesOf(state.reports) })] : []))
      .reduce((kept, score) => (kept.excludedBecause === null ? kept : score));
    if (here.excludedBecause === null) {
      // Re-extracted, a report may now show that the fact it lies on and another are one event.
      const merge = index.has(factId) ? mergeOf(draft, (await candidatesOf(draft, index, slot)).candidates, index) : undefined;
      const joins = merge !== undefined && [merge.survivorId, ...merge.absorbed.map((a) => a.factId)].includes(factId);
      return { factId, resolution: alreadyReported(factId), ...(joins ? { merge } : {}) };
    }
    leaving = { factId, because: here.excludedBecause };
  }
  const { candidates, screened, alreadyOn } = await candidatesOf(draft, index, slot, leaving?.factId);
  if (alreadyOn !== undefined) return { factId: alreadyOn, resolution: alreadyReported(alreadyOn) };
  const merge = mergeOf(draft, candidates, index);
  const resolution = merge === undefined ? resolveReport(report, candidates) : mergedResolution(draft, merge, candidates);
  // Facts screened out by the index are listed too, so the record shows what was considered;
  // a few suffice, a busy key has many.
  const considered = [...resolution.candidates, ...screened.slice(0, SCREENED_LISTED)];
  const factId = resolution.matchedFactId ?? factIdOf(uuidv7());
  const merged = merge === undefined ? {} : { merge };
  if (leaving === null) return { factId, resolution: { ...resolution, candidates: considered }, ...merged };
  const reasons = [`moved from ${leaving.factId}: ${leaving.because}`, ...resolution.reasons];
  return { factId, resolution: { ...resolution, reasons, candidates: considered }, movedFrom: leaving.factId, ...merged };
}

/**
 * The facts of the key a report could be another report of, in index order (the order they
 * were created), those the index screens out, and the first that already holds this very report.
 */
async function candidatesOf(
  draft: FactReportDraft,
  index: ReadonlyMap<string, IndexedFact>,
  slot: (factId: string) => Promise<FactSlot>,
  leaving?: string,
): Promise<{ candidates: CandidateFact[]; screened: CandidateScore[]; alreadyOn?: string }> {
  const candidates: CandidateFact[] = [];
  const screened: CandidateScore[] = [];
  let alreadyOn: string | undefined;
  for (const fact of index.values()) {
    if (fact.factId === leaving) continue;
    const excludedBecause = screenOut(fact, draft.values);
    if (excludedBecause !== null) {
      screened.push({ factId: fact.factId, score: null, reasons: [], excludedBecause });
      continue;
    }
    const { state } = await slot(fact.factId);
    if (state.status !== 'reported' || state.mergedInto !== undefined) continue;
    if (alreadyOn === undefined && state.reports.has(reportKey(draft.provenance))) alreadyOn = fact.factId;
    candidates.push({ factId: fact.factId, recorded: state.recorded, quotes: quotesOf(state.reports) });
  }
  return { candidates, screened, ...(alreadyOn === undefined ? {} : { alreadyOn }) };
}

/**
 * The merge the report shows, if any. A curator's grouping is not overridden: a curated fact
 * may absorb others, but is never absorbed.
 */
function mergeOf(draft: FactReportDraft, candidates: readonly CandidateFact[], index: ReadonlyMap<string, IndexedFact>): MergeDecision | undefined {
  if (draft.curatedKey !== undefined) return undefined;
  const merge = decideMerge({ values: draft.values, quote: draft.provenance.quote }, candidates);
  return merge === null || merge.absorbed.some((a) => index.get(a.factId)?.curatedKey) ? undefined : merge;
}

/** The report joins the survivor of the merge it shows, with the merge among its reasons. */
function mergedResolution(draft: FactReportDraft, merge: MergeDecision, candidates: readonly CandidateFact[]): Resolution {
  const survivor = candidates.find((c) => c.factId === merge.survivorId)!;
  const disputedFields = findDisputes(survivor.recorded, draft.values).map((d) => d.field);
  return {
    decision: disputedFields.length > 0 ? 'disputes' : 'corroborates',
    method: 'scored',
    matchedFactId: merge.survivorId,
    score: merge.survivorScore,
    reasons: [...merge.survivorReasons, `shows ${merge.absorbed.map((a) => a.factId).join(', ')} to be the same event: merged into ${merge.survivorId}`],
    disputedFields,
    candidates: merge.candidates,
  };
}

async function resolveCurated(
  draft: FactReportDraft,
  index: ReadonlyMap<string, IndexedFact>,
  slot: (factId: string) => Promise<FactSlot>,
): Promise<{ factId: string; resolution: Resolution }> {
  const reasons = [`curated record ${draft.curatedKey}`];
  const curated = [...index.values()].find((fact) => fact.curatedKey === draft.curatedKey);
  const { state } = curated ? await slot(curated.factId) : { state: null };
  if (!curated || state?.status !== 'reported') {
    return { factId: factIdOf(uuidv7()), resolution: { ...CURATED, decision: 'new-fact', reasons } };
  }
  const disputedFields = findDisputes(state.recorded, draft.values).map((d) => d.field);
  const decision = disputedFields.length > 0 ? 'disputes' : 'corroborates';
  return { factId: curated.factId, resolution: { ...CURATED, decision, matchedFactId: curated.factId, reasons, disputedFields } };
}

const CURATED: Resolution = { decision: 'new-fact', method: 'curated', matchedFactId: null, score: null, reasons: [], disputedFields: [], candidates: [] };

const alreadyReported = (factId: string): Resolution => ({
  ...CURATED,
  decision: 'corroborates',
  method: 'already-reported',
  matchedFactId: factId,
  reasons: ['this document already reports the fact in these words'],
});
