import { sha256Hex } from '../shared/sha-digests.js';

export interface DocumentIdentity {
  /** `doc-` + the first 16 hex digits of `contentHash`; the document's stream id too. */
  readonly documentId: string;
  /** SHA-256 of the UTF-8 text, lowercase hex. */
  readonly contentHash: string;
}

/** Identity by content: the same text always gets the same id, so ingesting twice is a no-op. */
export function documentIdentity(text: string): DocumentIdentity {
  const contentHash = sha256Hex(text);
  return { documentId: `doc-${contentHash.slice(0, 16)}`, contentHash };
}
