import { foldStream } from '../../application/decider-flow.js';
import type { DocumentIngestedData } from '../../domain/documents/document-events.js';
import { findDisputes } from '../../domain/facts/fact-compatibility.js';
import { factDecider, type ReportFact, reportKey } from '../../domain/facts/fact-decider.js';
import { factIdFor, factKeyOfValues } from '../../domain/facts/fact-identity.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { ExtractedFact } from './extracted-fact.js';
import { extractedOrigin } from './extractor-version.js';
import { extractFacts } from './extract-facts.js';

const UNDATED = 'undated';

/**
 * The extractor's findings in a document as fact reports, each aimed at the fact stream it
 * belongs to. A dated report lands on its month's stream (factIdFor), where the decider makes
 * it a new fact, a corroboration or a dispute. An undated one ("the US expelled 35 Russian
 * diplomats") corroborates the one known fact of that type and parties it agrees with; when
 * none or several do, it stays an undated fact of its own rather than a guess.
 */
export async function extractedFactReports(store: EventStore, document: DocumentIngestedData): Promise<ReportFact[]> {
  const extracted = extractFacts({ documentId: document.documentId, text: document.text, publishedAt: document.publishedAt, kind: document.kind });
  const reports: ReportFact[] = [];
  for (const fact of extracted) {
    reports.push({
      type: 'ReportFact',
      factType: fact.type,
      factId: await factStreamFor(store, fact),
      values: fact.values,
      provenance: fact.provenance,
      origin: extractedOrigin(fact.confidence),
    });
  }
  return reports;
}

async function factStreamFor(store: EventStore, fact: ExtractedFact): Promise<string> {
  const key = factKeyOfValues(fact.type, fact.values);
  const own = factIdFor(key);
  if (key.validOn !== null) return own;
  const prefix = own.slice(0, -UNDATED.length);
  const candidates = (await store.streamIdsStartingWith(prefix)).filter(
    (id) => id === own || /^\d{4}/.test(id.slice(prefix.length)),
  );
  const agreeing: string[] = [];
  for (const id of candidates) {
    const { state } = await foldStream(store, id, factDecider);
    if (state.status !== 'reported') continue;
    // Where this very report already is, it stays: re-extraction must not move it as facts grow.
    if (state.reports.has(reportKey(fact.provenance))) return id;
    if (id !== own && findDisputes(state.recorded, fact.values).length === 0) agreeing.push(id);
  }
  return agreeing.length === 1 ? agreeing[0]! : own;
}
