import type { DocumentIngestedData } from '../../domain/documents/document-events.js';
import type { FactReportDraft } from './decide-facts.js';
import { extractedOrigin } from '../extraction/extractor-version.js';
import { extractFacts } from '../extraction/extract-facts.js';

/**
 * The extractor's findings in a document as fact reports. Which fact each one is, is not
 * decided here: resolution (decideFacts) matches it against the known facts of its type
 * family, actor and target within its valid time, which for a report that states no date is
 * the window before the document's publication, never a timeless bucket.
 */
export function extractedFactReports(document: DocumentIngestedData): FactReportDraft[] {
  const extracted = extractFacts({ documentId: document.documentId, text: document.text, publishedAt: document.publishedAt, kind: document.kind });
  return extracted.map((fact) => ({
    factType: fact.type,
    values: fact.values,
    provenance: fact.provenance,
    origin: extractedOrigin(fact.confidence),
  }));
}
