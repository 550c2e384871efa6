import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { extractedFactReports } from '../../../src/ingestion/facts/extracted-fact-reports.js';
import type { DocumentParseErrorCode } from '../../../src/ingestion/parsers/document-parse-error.js';
import { documentIngestedData, parseDocument } from '../../../src/ingestion/parsers/document-parser.js';

/**
 * Property tests (issue 15): any text, random or built from the pieces hostile inputs are made
 * of, is read or refused with a parse error, never a throw, and never holds the thread for a
 * second. Seeded, so a failure names a seed and a path that reproduce it.
 */
const SEED = 15;
const BLOCK_MS = 1000;

const CODES: ReadonlySet<DocumentParseErrorCode> = new Set([
  'EMPTY_DOCUMENT',
  'DOCUMENT_TOO_LARGE',
  'TOO_MANY_ITEMS',
  'HTML_TOO_DEEP',
  'TOO_MANY_ELEMENTS',
  'BINARY_CONTENT',
  'INVALID_ENCODING',
  'NO_TEXT',
  'MISSING_ENTRY_DATE',
  'MISSING_HEADLINE',
  'DAY_INDEX',
  'MALFORMED_LINE',
  'MALFORMED_JSON',
  'KIND_MISMATCH',
]);

// The material of the inputs that once froze or crashed the service, and of real documents.
const PIECES = [
  '## ', '### [2017-07-30](/news/2017/07/30/index.md)\n', '# ', '### Changes:\n', '### Sources:\n', '1. [Outlet](https://example.org/a) ',
  '_2017-08-02 07:30:05 (Update)_', 'Image copyright ', 'Image caption ', 'title: ', 'url: ', 'publisher: ', 'date: 2017-07-30 ',
  'published: ', 'Formats:', ' ', '   ', '\t', '\n', '\n\n', '\r\n', '<div>', '</div>', '<p>', '</p>', '<b>', '<!doctype html><html><body>',
  '<script>', '{"text": "', '"}', '{', '}', '[', ']', '(', ')', '"', '“', '”', '’', '—', '-', '. ', '.', '!', '?', ',', ':', ';',
  'Mr. ', 'Dr. ', 'St. ', 'U.S. ', 'Russia ', 'the United States ', 'France ', 'Britain ', 'Moscow ', 'expelled ', 'expels ', 'will expel ',
  'diplomats ', 'ambassador ', 'consulate ', 'closed ', 'sanctions ', 'recalled ', 'summoned ', '23 ', '755 ', 'thirty-five ', '1,000 ',
  'on Monday ', 'in 2017 ', 'by September 1 ', '2017-07-30', '2016-366', '\u00a0', '\ufeff', '\u2028', 'é', '😀',
];

/** Pieces joined, each repeated a random number of times: long runs next to short noise. */
const hostileText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 200, max: 4000 }))), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.map(([piece, times]) => piece.repeat(times)).join(''));

const randomText = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }));

function readsOrRefuses(text: string): void {
  try {
    readOrRefuse(text);
  } catch (error) {
    // A counterexample of megabytes would bury the message: its opening and length are enough with the seed.
    throw new Error(`${JSON.stringify(text.slice(0, 200))}... (${text.length} characters): ${(error as Error).message}`, { cause: error });
  }
}

function readOrRefuse(text: string): void {
  const started = performance.now();
  const parsed = parseDocument(text);
  if (parsed.ok) {
    const reports = extractedFactReports(documentIngestedData(text, parsed.value, { publisher: null, url: null }));
    for (const report of reports) {
      const { start, end, quote } = report.provenance;
      expect(parsed.value.text.slice(start, end)).toBe(quote);
    }
  } else {
    expect(CODES.has(parsed.error.code)).toBe(true);
  }
  expect(performance.now() - started).toBeLessThan(BLOCK_MS);
}

describe('parsers and extraction under random and hostile documents', () => {
  it('given random text, when parsed and read for facts, then a document or a parse error, each within a second', () => {
    fc.assert(fc.property(randomText, readsOrRefuses), { seed: SEED, numRuns: 300 });
  });

  it('given text built from hostile pieces, when parsed and read for facts, then a document or a parse error, each within a second', () => {
    fc.assert(fc.property(hostileText, readsOrRefuses), { seed: SEED, numRuns: 300 });
  });

  it('given HTML of random nesting around random text, when parsed, then a document or a parse error, each within a second', () => {
    const page = fc
      .tuple(fc.constantFrom('div', 'b', 'span', 'section', 'p'), fc.oneof(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 5000, max: 20000 })), fc.boolean(), hostileText)
      .map(([tag, depth, closed, body]) => `<!doctype html><html><body>${`<${tag}>`.repeat(depth)}<p>${body}</p>${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`);
    fc.assert(fc.property(page, readsOrRefuses), { seed: SEED, numRuns: 40 });
  });
});
