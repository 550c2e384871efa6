import type { MonthKey } from '../../domain/facts/fact-identity.js';
import type { FactValues } from '../../domain/facts/fact-events.js';

/** One curated fact (one file in seeds/facts), with every report of it the seed documents make. */
export interface SeedFactRecord {
  /** The file it was read from, for error messages. */
  readonly file: string;
  /** The curated key (a month-keyed id, see monthKeyedFactId) that groups the reports; not the ledger's fact id. */
  readonly factId: string;
  readonly key: MonthKey;
  readonly summary: string;
  readonly reports: readonly SeedFactReport[];
}

/** One document's words for the fact and the values those words state. */
export interface SeedFactReport {
  /** File name in seeds/documents, e.g. `000_fca278aa337cff25.txt`. */
  readonly document: string;
  /** Verbatim, character for character (curly quotes, en dashes, trailing spaces). */
  readonly quote: string;
  readonly values: FactValues;
}

export type SeedFactErrorCode = 'INVALID_RECORD' | 'UNKNOWN_DOCUMENT' | 'QUOTE_NOT_FOUND' | 'AMBIGUOUS_QUOTE';

export interface SeedFactError {
  readonly code: SeedFactErrorCode;
  readonly file: string;
  readonly factId: string | null;
  readonly document: string | null;
  readonly message: string;
}
