/** Why a text could not be read as a document. Codes are stable; the API maps them to statuses. */
export type DocumentParseErrorCode =
  | 'EMPTY_DOCUMENT'
  | 'DOCUMENT_TOO_LARGE'
  | 'TOO_MANY_ITEMS'
  | 'HTML_TOO_DEEP'
  | 'TOO_MANY_ELEMENTS'
  | 'BINARY_CONTENT'
  | 'INVALID_ENCODING'
  | 'NO_TEXT'
  | 'MISSING_ENTRY_DATE'
  | 'MISSING_HEADLINE'
  /** A day's index of entries (the mirror's index.md / README.md), not an entry. */
  | 'DAY_INDEX'
  | 'MALFORMED_LINE'
  | 'MALFORMED_JSON'
  | 'KIND_MISMATCH';

export interface DocumentParseError {
  readonly code: DocumentParseErrorCode;
  readonly message: string;
  /** 1-based line the problem is on, when it is on one. */
  readonly line: number | null;
}

export const parseError = (
  code: DocumentParseErrorCode,
  message: string,
  line: number | null = null,
): DocumentParseError => ({ code, message, line });
