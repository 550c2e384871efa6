import { randomUUID } from 'node:crypto';
import type { DocumentIngestedData } from '../../domain/documents/document-events.js';
import type { RetractFact } from '../../domain/facts/fact-decider.js';
import type { FactOrigin } from '../../domain/facts/fact-events.js';
import { FACT_STREAM_PREFIX } from '../../domain/facts/fact-identity.js';
import { commandMetadata, retryOnConflict } from '../../application/decider-flow.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { extractedFactReports } from '../facts/extracted-fact-reports.js';
import { EXTRACTOR_VERSION } from '../extraction/extractor-version.js';
import { anchoredReports, knownAtOf } from '../ingest-document/ingest-document.js';
import { decideFacts } from '../facts/decide-facts.js';

export interface ReextractionSummary {
  readonly documents: number;
  readonly reported: number;
  readonly retracted: number;
  /** Facts found to be one event with another and merged into it (FactsMerged). */
  readonly merged: number;
  readonly appended: number;
}

/**
 * Runs the current extractor over every stored document and appends only what changed: new
 * facts and corroborations (the decider ignores a report it already has), and FactRetracted
 * where a fact an extractor once found in a document is no longer found there, FactsMerged where
 * a report now shows two facts are one event (see decideFacts). One atomic
 * append per document, so improving the extractor is itself replayable history.
 */
export async function reextractAll(
  store: EventStore,
  onDocument: (done: number, total: number) => void = () => undefined,
): Promise<ReextractionSummary> {
  const { documents, extractedFrom, recordedOnStory } = await scanLedger(store);
  let reported = 0;
  let retracted = 0;
  let merged = 0;
  let appended = 0;
  for (const [index, { document, recordedAt }] of documents.entries()) {
    const storyId = recordedOnStory.get(document.documentId) ?? null;
    const reports = anchoredReports(extractedFactReports(document), document, storyId, recordedAt);
    const metadata = commandMetadata({
      correlationId: randomUUID(),
      source: `reextract@${EXTRACTOR_VERSION}`,
      knownAt: knownAtOf(document.publishedAt),
    });
    const retractionsFor = (supported: ReadonlySet<string>): RetractFact[] =>
      [...(extractedFrom.get(document.documentId) ?? [])]
        .filter((factId) => !supported.has(factId))
        .map((factId) => ({
          type: 'RetractFact',
          factId,
          documentId: document.documentId,
          extractorVersion: EXTRACTOR_VERSION,
          reason: `extractor ${EXTRACTOR_VERSION} no longer finds this fact in the document`,
        }));
    const written = await retryOnConflict(async () => {
      const placedOn = extractedFrom.get(document.documentId) ?? new Set<string>();
      const decisions = await decideFacts(store, reports, metadata, { placedOn, retractionsFor });
      if (decisions.length > 0) {
        await store.appendMany(decisions.map(({ streamId, events, expectedVersion }) => ({ streamId, events, expectedVersion })));
      }
      return decisions.flatMap((d) => d.decided);
    });
    retracted += written.filter((e) => e.type === 'FactRetracted').length;
    merged += written.filter((e) => e.type === 'FactsMerged').length;
    reported += written.filter((e) => !['FactRetracted', 'FactsMerged', 'IdentityKeyIndexed'].includes(e.type)).length;
    appended += written.length;
    onDocument(index + 1, documents.length);
  }
  return { documents: documents.length, reported, retracted, merged, appended };
}

const ALL = 10_000_000;

/**
 * Every document, and per document the facts an extractor reported from it and still stands by.
 * Read stream by stream, not from the global log: a batch job needs everything committed so
 * far, not commit order, and must not wait behind other writers' open transactions.
 */
async function scanLedger(store: EventStore) {
  const documents: { document: DocumentIngestedData; recordedAt: Date }[] = [];
  for (const id of await store.streamIdsStartingWith('doc-', ALL)) {
    const [ingested] = await store.readStream(id, { limit: 1 });
    if (ingested?.type === 'DocumentIngested') {
      documents.push({ document: ingested.data as unknown as DocumentIngestedData, recordedAt: ingested.recordedAt });
    }
  }
  const extractedFrom = new Map<string, Set<string>>();
  for (const factId of await store.streamIdsStartingWith(FACT_STREAM_PREFIX, ALL)) {
    for (const event of await store.readStream(factId)) {
      const data = event.data as { documentId?: string; provenance?: { documentId: string }; origin?: FactOrigin };
      // A moved report leaves the fact, but the document may hold others there: the fact stays a
      // place to look, and a retraction of it finds no report and decides nothing.
      if (event.type === 'FactRetracted') extractedFrom.get(data.documentId!)?.delete(factId);
      else if (data.provenance && data.origin?.method === 'extracted') {
        const facts = extractedFrom.get(data.provenance.documentId) ?? new Set<string>();
        extractedFrom.set(data.provenance.documentId, facts.add(factId));
      }
    }
  }
  // Revisions of one page are one origin: the story each entry was recorded on names it.
  const recordedOnStory = new Map<string, string>();
  for (const storyId of await store.streamIdsStartingWith('story-', ALL)) {
    for (const event of await store.readStream(storyId)) {
      if (event.type !== 'StoryRevisionRecorded') continue;
      const data = event.data as { storyId: string; documentId: string };
      recordedOnStory.set(data.documentId, data.storyId);
    }
  }
  return { documents, extractedFrom, recordedOnStory };
}
