import type { DocumentKind } from '../../domain/documents/document-events.js';
import type { FactEventType, FactValues, Provenance } from '../../domain/facts/fact-events.js';

/**
 * A stretch of the document with its own reference date. A current-events entry's headline
 * and summary are dated by the entry, each related entry by the date in its path; an
 * article's lines by its publication date.
 */
export interface TextSegment {
  /** UTF-16 offsets into the document text. */
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD that relative dates resolve against; null leaves them unresolved. */
  readonly referenceDate: string | null;
  /** A dated digest item reports what happened on its reference date: that dates its main events. */
  readonly eventsOnReferenceDate: boolean;
  /** Whether "it", "the consulate" and the like may refer back into the previous segment. */
  readonly continuesPrevious: boolean;
}

export interface ExtractionInput {
  readonly documentId: string;
  readonly text: string;
  /** ISO 8601 publication time, or null when unknown (relative dates then stay unresolved). */
  readonly publishedAt: string | null;
  /** Where to read and against which dates; derived from the text when omitted. */
  readonly segments?: readonly TextSegment[];
  /** What the text is; detected from it when omitted. */
  readonly kind?: DocumentKind;
}

export interface ExtractedFact {
  readonly type: FactEventType;
  readonly values: FactValues;
  /** The verbatim sentence(s): `text.slice(start, end) === quote`. */
  readonly provenance: Provenance;
  /** 0..1: how directly the words state the fact and its parties. */
  readonly confidence: number;
}
