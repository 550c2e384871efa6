import { envelopeJsonText } from '../../event-store/envelope-json.js';
import type { EventStore, LogCursor } from '../../event-store/event-store.port.js';

/** A page of GET /events stays under this many bytes of envelopes (one larger event still gets a page of its own). */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;
// Events are read this many at a time, so what is held while a page fills stays near the budget.
const READ_CHUNK = 16;

export interface EnvelopePage {
  /** The envelopes' JSON texts, in log order. */
  readonly envelopes: readonly string[];
  /** Global position of the last envelope, or null when the page is empty. */
  readonly lastPosition: bigint | null;
  /** Whether events follow the page in the log as it stands. */
  readonly more: boolean;
}

/**
 * Up to `limit` envelopes after `after`, stopping before the one that would take the page over
 * `maxBytes`. The page ends exactly at its last envelope, so `after=<its position>` resumes
 * with the first one left out.
 */
export async function readEnvelopePage(
  store: EventStore,
  after: LogCursor | undefined,
  limit: number,
  maxBytes = MAX_PAGE_BYTES,
): Promise<EnvelopePage> {
  const envelopes: string[] = [];
  let bytes = 0;
  let lastPosition: bigint | null = null;
  let cursor = after;
  while (envelopes.length < limit) {
    const page = await store.readAll({ after: cursor, limit: Math.min(READ_CHUNK, limit - envelopes.length) });
    for (const event of page.events) {
      const text = envelopeJsonText(event);
      const size = Buffer.byteLength(text) + 1;
      if (envelopes.length > 0 && bytes + size > maxBytes) return { envelopes, lastPosition, more: true };
      envelopes.push(text);
      bytes += size;
      lastPosition = event.globalPosition;
    }
    if (page.events.length === 0) return { envelopes, lastPosition, more: false };
    cursor = page.next;
  }
  const more = (await store.readAll({ after: cursor, limit: 1 })).events.length > 0;
  return { envelopes, lastPosition, more };
}
