import { documentIdentity } from '../../domain/documents/document-identity.js';
import type { FactOrigin } from '../../domain/facts/fact-events.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import type { FactReportDraft } from '../facts/decide-facts.js';
import type { SeedFactError, SeedFactErrorCode, SeedFactRecord, SeedFactReport } from './seed-fact-record.js';

export const CURATED_ORIGIN: FactOrigin = { method: 'curated', extractorVersion: null, confidence: 1 };

/** A curated report, located in its document and ready for resolution under its record's key. */
export interface ResolvedSeedReport {
  readonly document: string;
  readonly command: FactReportDraft;
}

// Typographic characters a hand-typed quote most often gets wrong.
const plain = (text: string): string =>
  text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-');

const failure = (
  record: SeedFactRecord,
  document: string,
  code: SeedFactErrorCode,
  message: string,
): SeedFactError => ({
  code,
  file: record.file,
  factId: record.factId,
  document,
  message: `${record.factId} in ${document}: ${message}`,
});

function locate(
  record: SeedFactRecord,
  report: SeedFactReport,
  text: string,
): Result<ResolvedSeedReport, SeedFactError> {
  const fail = (code: SeedFactErrorCode, message: string) => err(failure(record, report.document, code, message));
  const start = text.indexOf(report.quote);
  if (start === -1) {
    const typographic = plain(text).includes(plain(report.quote));
    const hint = typographic ? ' (it differs only in quotes or dashes: copy them exactly)' : '';
    return fail('QUOTE_NOT_FOUND', `the quote is not in the document${hint}: "${report.quote.slice(0, 80)}"`);
  }
  if (text.indexOf(report.quote, start + 1) !== -1) {
    return fail('AMBIGUOUS_QUOTE', `the quote occurs more than once; quote more of it: "${report.quote.slice(0, 80)}"`);
  }
  const { documentId } = documentIdentity(text);
  return ok({
    document: report.document,
    command: {
      factType: record.key.type,
      curatedKey: record.factId,
      values: report.values,
      provenance: { documentId, quote: report.quote, start, end: start + report.quote.length },
      origin: CURATED_ORIGIN,
    },
  });
}

/**
 * Finds every curated quote in its document. All or nothing: any quote that is not a verbatim,
 * unique substring of its document fails the whole set, and every such failure is listed.
 * Reports come back in the order a document-by-document ingestion meets them: by document
 * file name, then by position in the document.
 */
export function resolveSeedFacts(
  records: readonly SeedFactRecord[],
  documentsByFile: ReadonlyMap<string, string>,
): Result<readonly ResolvedSeedReport[], readonly SeedFactError[]> {
  const resolved: ResolvedSeedReport[] = [];
  const errors: SeedFactError[] = [];
  for (const record of records) {
    for (const report of record.reports) {
      const text = documentsByFile.get(report.document);
      const located =
        text === undefined
          ? err(failure(record, report.document, 'UNKNOWN_DOCUMENT', 'no seed document has that name'))
          : locate(record, report, text);
      if (located.ok) resolved.push(located.value);
      else errors.push(located.error);
    }
  }
  if (errors.length > 0) return err(errors);
  return ok(
    resolved.sort((a, b) =>
      a.document === b.document
        ? a.command.provenance.start - b.command.provenance.start
        : a.document < b.document
          ? -1
          : 1,
    ),
  );
}
