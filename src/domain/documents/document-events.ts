import type { DomainEvent } from '../shared/domain-event.js';

export type DocumentKind = 'article' | 'current-events-entry';

/** How a wrapped article was submitted; the stored text is what was read out of it. */
export interface SubmittedOriginal {
  readonly format: 'json' | 'html';
  /** SHA-256 of the submitted UTF-8 text (the JSON or the page), lowercase hex. */
  readonly contentHash: string;
  readonly length: number;
}

export interface DocumentIngestedData {
  /** `doc-` + the first 16 hex digits of the SHA-256 of the text as submitted (`original.contentHash` when wrapped). */
  readonly documentId: string;
  /** SHA-256 of `text`. */
  readonly contentHash: string;
  readonly kind: DocumentKind;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  /** Publication time (ISO 8601) or null when the document does not say. Never "now". */
  readonly publishedAt: string | null;
  /**
   * The text exactly as received, or for a JSON document its `text` field and for an HTML page
   * the readable text extracted from it; every quote offset points into it.
   */
  readonly text: string;
  /** Present only when the text was read out of a JSON document or an HTML page. */
  readonly original?: SubmittedOriginal;
  /** Caption lines and other noise kept out of the body. */
  readonly captions: readonly string[];
}

export type DocumentIngested = DomainEvent<'DocumentIngested', DocumentIngestedData>;
export type DocumentEvent = DocumentIngested;
