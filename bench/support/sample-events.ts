import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../src/event-store/event-store.port.js';

const PAYLOAD_TEXT = 'Moscow ordered the United States to cut its diplomatic staff in Russia by 755 people. ';

/** ~450-byte fact events, the size the store and relay benchmarks are quoted for. */
export function sampleEvents(count: number, from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    type: 'StaffReductionOrdered',
    schemaVersion: 1,
    data: payload(from + i),
    metadata: { correlationId: randomUUID(), source: 'bench', knownAt: '2017-07-30T12:00:00Z' },
  }));
}

function payload(i: number): Record<string, unknown> {
  return {
    actor: { country: 'RU', organisation: null, name: 'Vladimir Putin' },
    target: { country: 'US', organisation: null, name: 'United States mission in Russia' },
    counts: { from: 1210, to: 455 },
    validTime: { on: '2017-09-01', precision: 'day' },
    modality: 'announced',
    cameo: '161',
    sequence: i,
    quote: PAYLOAD_TEXT.repeat(3).slice(0, 193),
  };
}
