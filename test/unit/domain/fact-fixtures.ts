import type { FactValues, Provenance } from '../../../src/domain/facts/fact-events.js';

export const staffCut = (overrides: Partial<FactValues> = {}): FactValues => ({
  actor: { country: 'RUS', organisation: null, name: 'Vladimir Putin' },
  target: { country: 'USA', organisation: null, name: null },
  counts: { from: null, to: null, change: 755, approximate: false },
  places: [],
  validTime: { occurredOn: { value: '2017-07-30', precision: 'day' }, effectiveOn: null },
  modality: 'ordered',
  cameo: '161',
  detail: null,
  ...overrides,
});

export const quoted = (documentId: string, quote: string, start = 0): Provenance => ({ documentId, quote, start, end: start + quote.length });
