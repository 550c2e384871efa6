import { sha1Of } from './sha-digests.js';

/** Newsledger's namespace for name-based UUIDs. Changing it would change every event id. */
export const NEWSLEDGER_NAMESPACE = 'edbec2ad-334e-4afe-8430-b8ca875cd372';

// Each id would otherwise parse its namespace again: ids are minted for every event ingested.
const namespaceBytes = new Map<string, Uint8Array>();

/** RFC 9562 version 5 UUID: SHA-1 of namespace bytes + UTF-8 name, with version and variant bits. */
export function uuidV5(namespace: string, name: string): string {
  let ns = namespaceBytes.get(namespace);
  if (!ns) {
    ns = Uint8Array.from(namespace.replace(/-/g, '').match(/../g)!, (hex) => parseInt(hex, 16));
    namespaceBytes.set(namespace, ns);
  }
  const bytes = sha1Of(ns, name);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of an event, from its stream and a discriminator naming what the event records
 * (a version number, a cited URL, a document's report). Deciding the same thing twice yields
 * the same id, so the store's idempotency turns a re-ingestion into a no-op.
 */
export const eventIdFor = (streamId: string, discriminator: string): string =>
  uuidV5(NEWSLEDGER_NAMESPACE, `${streamId}\n${discriminator}`);
