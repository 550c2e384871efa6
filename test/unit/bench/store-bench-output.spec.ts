import { parseStoreBench } from '../../../bench/support/store-bench-output.js';

describe('store bench output (read by npm run bench)', () => {
  it('given the uncontended table and a passed read check, then each row is a figure beside the plain table and the check is OK', () => {
    const stdout = [
      'read check: 13200 events read, 13200 distinct, 13200 written, in (transaction id, position) order: OK',
      '',
      '| workload | event store | plain table, same indexes | ratio (target) | bare table, PK only | ratio |',
      '|---|---:|---:|---:|---:|---:|',
      '| 1-event appends, concurrency 1 | 2,941 | 3,300 | 0.89 (≥ 0.75) | 3,428 | 0.86 |',
      '| global read, whole log | 163,455 | 168,292 | 0.97 (≥ 0.80) | 169,485 | 0.96 |',
    ].join('\n');

    const lines = parseStoreBench(stdout);

    expect(lines).toEqual([
      expect.objectContaining({ kind: 'figure', name: '1-event appends, concurrency 1', value: 2941, floor: expect.objectContaining({ value: 3300 }), target: 0.75 }),
      expect.objectContaining({ kind: 'figure', name: 'global read, whole log', value: 163455, floor: expect.objectContaining({ value: 168292 }), target: 0.8 }),
      expect.objectContaining({ kind: 'check', ok: true }),
    ]);
  });

  it('given output without a read check (the bench died first), then the check fails', () => {
    expect(parseStoreBench('PostgreSQL 15.20; 8 pooled connections')).toEqual([expect.objectContaining({ kind: 'check', ok: false })]);
  });
});
