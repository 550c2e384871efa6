import type { DomainEvent } from '../shared/domain-event.js';

export type DocumentKind = 'article' | 'current-events-entry';

export interface DocumentIngestedData {
  /** `doc-` + the first 16 hex digits of the SHA-256 of the text. */
  readonly documentId: string;
  readonly contentHash: string;
  readonly kind: DocumentKind;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  /** Publication time (ISO 8601) or null when the document does not say. Never "now". */
  readonly publishedAt: string | null;
  /** The text exactly as received; every quote offset points into it. */
  readonly text: string;
  /** Caption lines and other noise kept out of the body. */
  readonly captions: readonly string[];
}

export type DocumentIngested = DomainEvent<'DocumentIngested', DocumentIngestedData>;
export type DocumentEvent = DocumentIngested;
