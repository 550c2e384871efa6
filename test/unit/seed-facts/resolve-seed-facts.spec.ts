import { fileURLToPath } from 'node:url';
import { documentIdentity } from '../../../src/domain/documents/document-identity.js';
import { resolveSeedFacts } from '../../../src/ingestion/seed-facts/resolve-seed-facts.js';
import type { SeedFactRecord } from '../../../src/ingestion/seed-facts/seed-fact-record.js';
import { readSeedDocuments, readSeedFactRecords } from '../../../src/ingestion/seed-facts/seed-files.js';

const dir = (name: string) => fileURLToPath(new URL(`../../../seeds/${name}/`, import.meta.url));

let documents: ReadonlyMap<string, string>;
let records: readonly SeedFactRecord[];

beforeAll(async () => {
  documents = await readSeedDocuments(dir('documents'));
  const read = await readSeedFactRecords(dir('facts'));
  if (!read.ok) throw new Error(read.error.map((e) => e.message).join('\n'));
  records = read.value;
});

const withQuote = (factId: string, quote: (q: string) => string): readonly SeedFactRecord[] =>
  records.map((r) => (r.factId === factId ? { ...r, reports: r.reports.map((p, i) => (i === 0 ? { ...p, quote: quote(p.quote) } : p)) } : r));

describe('resolving curated quotes', () => {
  it('given the real seeds, when resolved, then every quote is found verbatim at its offsets', () => {
    const resolved = resolveSeedFacts(records, documents);
    if (!resolved.ok) throw new Error(resolved.error.map((e) => e.message).join('\n'));
    expect(resolved.value).toHaveLength(records.flatMap((r) => r.reports).length);
    for (const { document, command } of resolved.value) {
      const text = documents.get(document)!;
      expect(text.slice(command.provenance.start, command.provenance.end)).toBe(command.provenance.quote);
      expect(command.provenance.documentId).toBe(documentIdentity(text).documentId);
    }
  });

  it('given the real seeds, when resolved, then reports come in ingestion order: by document, then position', () => {
    const resolved = resolveSeedFacts(records, documents);
    const order = resolved.ok ? resolved.value.map((r) => [r.document, r.command.provenance.start] as const) : [];
    const sorted = [...order].sort(([a, x], [b, y]) => (a === b ? x - y : a < b ? -1 : 1));
    expect(order).toEqual(sorted);
  });

  it('given a quote changed by one word, when resolved, then QUOTE_NOT_FOUND names the fact and the document', () => {
    const resolved = resolveSeedFacts(
      withQuote('fact-consulate-closed-usa-rus-2017-08', (q) => q.replace('San Francisco', 'Seattle')),
      documents,
    );
    expect(resolved.ok || resolved.error).toEqual([
      expect.objectContaining({
        code: 'QUOTE_NOT_FOUND',
        factId: 'fact-consulate-closed-usa-rus-2017-08',
        document: '002_239674bf3aeec884.txt',
        file: 'fact-consulate-closed-usa-rus-2017-08.json',
      }),
    ]);
  });

  it('given curly quotes typed straight, when resolved, then the error says only the quotes differ', () => {
    const resolved = resolveSeedFacts(withQuote('fact-talks-held-usa-rus-2017-08', (q) => q.replace(/[“”]/g, '"').replace('’', "'")), documents);
    expect(resolved.ok || resolved.error[0]!.message).toContain('differs only in quotes or dashes');
  });

  it('given a quote found twice or an unknown document, when resolved, then AMBIGUOUS_QUOTE and UNKNOWN_DOCUMENT', () => {
    const ambiguous = withQuote('fact-staff-reduction-ordered-rus-usa-2017-07', () => 'Putin');
    const unknown = records.map((r) => ({ ...r, reports: r.reports.map((p) => ({ ...p, document: 'missing.txt' })) })).slice(0, 1);
    const codes = (result: ReturnType<typeof resolveSeedFacts>) => (result.ok ? [] : result.error.map((e) => e.code));
    expect(codes(resolveSeedFacts(ambiguous, documents))).toEqual(['AMBIGUOUS_QUOTE']);
    expect(new Set(codes(resolveSeedFacts(unknown, documents)))).toEqual(new Set(['UNKNOWN_DOCUMENT']));
  });
});
