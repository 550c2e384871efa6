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

export const day = (value: string) => ({ value, precision: 'day' as const });
export const month = (value: string) => ({ value, precision: 'month' as const });
export const year = (value: string) => ({ value, precision: 'year' as const });

/** An expulsion of Russian diplomats by the United States, as one outlet words it. */
export const expulsion = (overrides: Partial<FactValues> = {}): FactValues => ({
  actor: { country: 'USA', organisation: null, name: null },
  target: { country: 'RUS', organisation: null, name: null },
  counts: { from: null, to: null, change: 60, approximate: false },
  places: [],
  validTime: { occurredOn: day('2018-03-26'), effectiveOn: null, occurredBy: '2018-03-26' },
  modality: 'ordered',
  cameo: '166',
  detail: null,
  ...overrides,
});
