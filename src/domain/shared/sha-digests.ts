import { createHash } from 'node:crypto';

/** Digests for content-derived ids: document hashes, story ids, name-based UUIDs. */
export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const sha1Bytes = (bytes: Uint8Array): Uint8Array => new Uint8Array(createHash('sha1').update(bytes).digest());

export const utf8Bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
