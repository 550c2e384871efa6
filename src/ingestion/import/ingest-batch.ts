import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { retryOnConflict } from '../../application/decider-flow.js';
import { documentIdentity } from '../../domain/documents/document-identity.js';
import { identityKeyOf, identityStreamId } from '../../domain/facts/fact-identity.js';
import type { IdentityKeyIndexedData } from '../../domain/facts/fact-key-index.js';
import { storyStreamPrefix } from '../../domain/stories/story-decider.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { FactValues } from '../../domain/facts/fact-events.js';
import { extractedFactReports } from '../facts/extracted-fact-reports.js';
import { factsToRead, monthKeyedPrefixes } from '../facts/decide-facts.js';
import {
  anchoredValues,
  decideDocument,
  type DocumentSubmission,
  type PreparedDocument,
  prepareDocument,
  type WrittenEvent,
  writtenEvent,
} from '../ingest-document/ingest-document.js';
import { type StagedSlice, StagedLedger } from './staged-ledger.js';

/** Why one document of a batch was not ingested: a domain error, as data that crosses threads. */
export interface Rejection {
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** What happened to one document of a batch, in the order submitted. */
export type IngestOutcome =
  | { readonly status: 'created'; readonly documentId: string; readonly events: readonly WrittenEvent[] }
  | { readonly status: 'already-ingested'; readonly documentId: string }
  | { readonly status: 'rejected'; readonly rejection: Rejection };

/** A submission parsed and its facts found, or why it could not be. */
export type Preparation = { readonly prepared: PreparedDocument } | { readonly rejection: Rejection };

export interface IngestBatchOptions {
  readonly source: string;
  /** Where the submissions are parsed and their facts found; default: right here. */
  readonly prepare?: (submissions: readonly DocumentSubmission[]) => Promise<readonly Preparation[]>;
  /** Runs the deciding and appending of a batch when no other batch of the caller's is at it. */
  readonly inTurn?: <T>(decide: () => Promise<T>) => Promise<T>;
}

/**
 * Conflicts here are other writers (another process, the API) committing on a stream the
 * batch decided on; each retry decides the whole batch again on fresh state.
 */
const BATCH_ATTEMPTS = 50;
const PREFIX_LIMIT = 1000;

export const asRejection = (error: DomainError): Rejection => ({ code: error.code, message: error.message, details: error.details });

/** Parses each submission and finds its facts: the part of ingesting that needs no ledger. */
export async function prepareSubmissions(
  submissions: readonly DocumentSubmission[],
  options: { readonly source: string; readonly correlationId?: string },
): Promise<Preparation[]> {
  const preparations: Preparation[] = [];
  for (const submission of submissions) {
    try {
      preparations.push({ prepared: await prepareDocument(submission, { ...options, reportFacts: extractedFactReports }) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      preparations.push({ rejection: asRejection(error) });
    }
  }
  return preparations;
}

/**
 * Ingests many documents in ONE atomic append: the documents already in the ledger are found
 * with one query and never parsed again; the others are prepared, then decided one after the
 * other on a staged ledger (each sees what the previous ones decided, as if appended one by
 * one), reading in bulk what the batch needs, and the batch is appended in one transaction,
 * each stream at the version read. So a batch is wholly in the ledger or not at all; a
 * concurrent writer on any of its streams makes the whole batch decide again on fresh state.
 * A document the ledger refuses (parse errors and other domain rules) is rejected on its own;
 * a store failure fails the batch. Callers decide one batch at a time: two batches deciding
 * at once would mostly share key streams and take turns failing.
 */
export async function ingestBatch(
  store: EventStore,
  submissions: readonly DocumentSubmission[],
  options: IngestBatchOptions,
): Promise<IngestOutcome[]> {
  const ids = submissions.map((s) => documentIdentity(s.text).documentId);
  const known = await store.existingStreams([...new Set(ids)]);
  const fresh = submissions.flatMap((submission, i) => (known.has(ids[i]!) ? [] : [i]));
  const prepare = options.prepare ?? ((batch) => prepareSubmissions(batch, { source: options.source }));
  const preparations = await prepare(fresh.map((i) => submissions[i]!));

  const outcomes: IngestOutcome[] = ids.map((documentId) => ({ status: 'already-ingested', documentId }));
  const prepared: { readonly at: number; readonly prepared: PreparedDocument }[] = [];
  preparations.forEach((preparation, j) => {
    if ('rejection' in preparation) outcomes[fresh[j]!] = { status: 'rejected', rejection: preparation.rejection };
    else prepared.push({ at: fresh[j]!, prepared: preparation.prepared });
  });
  if (prepared.length === 0) return outcomes;

  const inTurn = options.inTurn ?? ((decide) => decide());
  await inTurn(() => retryOnConflict(async () => {
    const ledger = new StagedLedger(store);
    await prefetch(store, ledger, prepared.map((p) => p.prepared));
    const decided: { readonly at: number; readonly slices: readonly StagedSlice[] }[] = [];
    for (const { at, prepared: document } of prepared) {
      try {
        const decisions = await decideDocument(ledger.view, document);
        if (decisions === null) outcomes[at] = { status: 'already-ingested', documentId: document.document.documentId };
        else decided.push({ at, slices: ledger.stage(decisions) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes[at] = { status: 'rejected', rejection: asRejection(error) };
      }
      // Deciding is CPU on the caller's thread, the service's HTTP loop among them: other work gets turns.
      await yieldToLoop();
    }
    const appends = ledger.appends();
    const results = await store.appendMany(appends);
    for (const { at, slices } of decided) {
      // The document stream comes first. A concurrent post of the same text that committed
      // first makes it an accepted re-send: nothing of the document was written.
      const documentId = appends[slices[0]!.append]!.streamId;
      if (!results[slices[0]!.append]!.written) {
        outcomes[at] = { status: 'already-ingested', documentId };
        continue;
      }
      const events = slices.flatMap(({ append, offset, count }) =>
        appends[append]!.events
          .slice(offset, offset + count)
          .map((event, j) => writtenEvent(appends[append]!.streamId, event, results[append]!.positions[offset + j]!)),
      );
      outcomes[at] = { status: 'created', documentId, events };
    }
  }, BATCH_ATTEMPTS));
  return outcomes;
}

/**
 * Reads in a few round trips what deciding the batch will read: whether its documents are in
 * the ledger by now (another batch may have had the same text), the story streams of the
 * entries' dates, the index of every identity key reported, and the facts of those indexes the
 * reports may be about (or, for a key without an index, where its facts were before key
 * streams). Whatever else a decision reads, the staged ledger asks the store for.
 */
async function prefetch(store: EventStore, ledger: StagedLedger, documents: readonly PreparedDocument[]): Promise<void> {
  const storyPrefixes = new Set<string>();
  const reportsByKey = new Map<string, FactValues[]>();
  const monthKeyed = new Map<string, string[]>();
  for (const { document, entry, reported, recordedAt } of documents) {
    if (entry !== null) storyPrefixes.add(storyStreamPrefix(entry.date));
    for (const draft of reported) {
      const key = identityKeyOf(draft.factType, draft.values);
      const streamId = identityStreamId(key);
      if (!reportsByKey.has(streamId)) {
        reportsByKey.set(streamId, []);
        monthKeyed.set(streamId, monthKeyedPrefixes(key));
      }
      reportsByKey.get(streamId)!.push(anchoredValues(draft, document, new Date(recordedAt)));
    }
  }
  const keyStreams = [...reportsByKey.keys()];
  const documentIds = documents.map((d) => d.document.documentId);
  const [known, heads, stories] = await Promise.all([
    store.existingStreams(documentIds),
    store.readStreamHeads(keyStreams),
    store.streamIdsStartingWithAny([...storyPrefixes], PREFIX_LIMIT),
  ]);
  // A known document's stream is read when its decision asks: it finds the document there.
  ledger.knowStreams(new Map(), documentIds.filter((id) => !known.has(id)));
  ledger.knowHeads(keyStreams, heads);

  const streams = new Set([...stories.values()].flat());
  const unindexed: string[] = [];
  for (const [streamId, reports] of reportsByKey) {
    const head = heads.get(streamId);
    if (!head) unindexed.push(...monthKeyed.get(streamId)!);
    else for (const factId of factsToRead((head.data as unknown as IdentityKeyIndexedData).facts, reports)) streams.add(factId);
  }
  const [read, monthKeyedFound] = await Promise.all([
    store.readStreams([...streams]),
    store.streamIdsStartingWithAny(unindexed, PREFIX_LIMIT),
  ]);
  ledger.knowStreams(read, streams);
  ledger.knowPrefixes(stories, PREFIX_LIMIT);
  ledger.knowPrefixes(monthKeyedFound, PREFIX_LIMIT);
}
