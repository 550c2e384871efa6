import { createHash } from 'node:crypto';

/** Digests for content-derived ids: document hashes, story ids, name-based UUIDs. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-1 of `prefix` followed by the UTF-8 bytes of `text`, without joining them first. */
export const sha1Of = (prefix: Uint8Array, text: string): Uint8Array => createHash('sha1').update(prefix).update(text, 'utf8').digest();
