import { randomUUID } from 'node:crypto';
import type { DocumentIngestedData } from '../../domain/documents/document-events.js';
import { factEventId, type FactCommand } from '../../domain/facts/fact-decider.js';
import type { FactEvent, FactOrigin } from '../../domain/facts/fact-events.js';
import { commandMetadata, retryOnConflict } from '../../application/decider-flow.js';
import type { EventStore, NewEvent } from '../../event-store/event-store.port.js';
import { extractedFactReports } from '../facts/extracted-fact-reports.js';
import { EXTRACTOR_VERSION } from '../extraction/extractor-version.js';
import { knownAtOf } from '../ingest-document/ingest-document.js';
import { decideFacts } from '../facts/decide-facts.js';

export interface ReextractionSummary {
  readonly documents: number;
  readonly reported: number;
  readonly retracted: number;
  readonly appended: number;
}

/**
 * Runs the current extractor over every stored document and appends only what changed: new
 * facts and corroborations (the decider ignores a report it already has), and FactRetracted
 * where a fact an extractor once found in a document is no longer found there. One atomic
 * append per document, so improving the extractor is itself replayable history.
 */
export async function reextractAll(
  store: EventStore,
  onDocument: (done: number, total: number) => void = () => undefined,
): Promise<ReextractionSummary> {
  const { documents, extractedFrom } = await scanLedger(store);
  let reported = 0;
  let retracted = 0;
  let appended = 0;
  for (const [index, document] of documents.entries()) {
    const written = await retryOnConflict(async () => {
      const reports = await extractedFactReports(store, document);
      const supported = new Set(reports.map((r) => r.factId));
      const retractions: FactCommand[] = [...(extractedFrom.get(document.documentId) ?? [])]
        .filter((factId) => !supported.has(factId))
        .map((factId) => ({
          type: 'RetractFact',
          factId,
          documentId: document.documentId,
          extractorVersion: EXTRACTOR_VERSION,
          reason: `extractor ${EXTRACTOR_VERSION} no longer finds this fact in the document`,
        }));
      const metadata = commandMetadata({
        correlationId: randomUUID(),
        source: `reextract@${EXTRACTOR_VERSION}`,
        knownAt: knownAtOf(document.publishedAt),
      });
      const toNew = (event: FactEvent, streamId: string): NewEvent => ({
        eventId: factEventId(streamId, event),
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data as unknown as Record<string, unknown>,
        metadata,
      });
      const decisions = await decideFacts(store, [...reports, ...retractions], toNew);
      if (decisions.length > 0) {
        await store.appendMany(decisions.map(({ streamId, events, expectedVersion }) => ({ streamId, events, expectedVersion })));
      }
      return decisions.flatMap((d) => d.decided);
    });
    retracted += written.filter((e) => e.type === 'FactRetracted').length;
    reported += written.filter((e) => e.type !== 'FactRetracted').length;
    appended += written.length;
    onDocument(index + 1, documents.length);
  }
  return { documents: documents.length, reported, retracted, appended };
}

const ALL = 10_000_000;

/**
 * Every document, and per document the facts an extractor reported from it and still stands by.
 * Read stream by stream, not from the global log: a batch job needs everything committed so
 * far, not commit order, and must not wait behind other writers' open transactions.
 */
async function scanLedger(store: EventStore) {
  const documents: DocumentIngestedData[] = [];
  for (const id of await store.streamIdsStartingWith('doc-', ALL)) {
    const [ingested] = await store.readStream(id, { limit: 1 });
    if (ingested?.type === 'DocumentIngested') documents.push(ingested.data as unknown as DocumentIngestedData);
  }
  const extractedFrom = new Map<string, Set<string>>();
  for (const factId of await store.streamIdsStartingWith('fact-', ALL)) {
    for (const event of await store.readStream(factId)) {
      const data = event.data as { documentId?: string; provenance?: { documentId: string }; origin?: FactOrigin };
      if (event.type === 'FactRetracted') extractedFrom.get(data.documentId!)?.delete(factId);
      else if (data.provenance && data.origin?.method === 'extracted') {
        const facts = extractedFrom.get(data.provenance.documentId) ?? new Set<string>();
        extractedFrom.set(data.provenance.documentId, facts.add(factId));
      }
    }
  }
  return { documents, extractedFrom };
}
