import { partialDateInterval } from '../../../src/domain/facts/valid-interval.js';
import { validSpan } from '../../../src/projections/facts/valid-time.js';
import { isCalendarDate, parseInstant } from '../../../src/projections/read-query/clocks.js';
import { decodeCursor, encodeCursor, toPage } from '../../../src/projections/read-query/page-cursor.js';
import { formatProgress, progressOf } from '../../../src/projections/rebuild/progress.js';

describe('read query vocabulary', () => {
  it('accepts calendar dates only', () => {
    expect(isCalendarDate('2017-08-15')).toBe(true);
    expect(isCalendarDate('2017-02-30')).toBe(false);
    expect(isCalendarDate('2017-8-15')).toBe(false);
  });

  it('reads knownAt as an instant with a zone, or a date as midnight UTC', () => {
    expect(parseInstant('2017-08-10T00:00:00Z')).toEqual(new Date('2017-08-10T00:00:00Z'));
    expect(parseInstant('2017-08-10T02:00:00+02:00')).toEqual(new Date('2017-08-10T00:00:00Z'));
    expect(parseInstant('2017-08-10')).toEqual(new Date('2017-08-10T00:00:00Z'));
    expect(parseInstant('2017-08-10T00:00:00')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
  });

  it('round-trips cursors and refuses anything else', () => {
    expect(decodeCursor(encodeCursor({ date: '2017-07-30', id: 'fact-1' }))).toEqual({ date: '2017-07-30', id: 'fact-1' });
    expect(decodeCursor(encodeCursor({ date: 'infinity', id: 'x' }))).toEqual({ date: 'infinity', id: 'x' });
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('["2017-13-01","x"]').toString('base64url'))).toBeNull();
  });

  it('pages: a next cursor only when a row beyond the page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const cursorOf = (row: { n: number }) => ({ date: '2017-01-01', id: String(row.n) });
    expect(toPage(rows, 2, cursorOf)).toEqual({ items: rows.slice(0, 2), next: encodeCursor({ date: '2017-01-01', id: '2' }) });
    expect(toPage(rows, 3, cursorOf).next).toBeNull();
  });

  it('spans partial dates by their precision', () => {
    expect(partialDateInterval({ value: '2016-02', precision: 'month' })).toEqual({ from: '2016-02-01', to: '2016-02-29', precision: 'month' });
    expect(partialDateInterval({ value: '2017', precision: 'year' })).toEqual({ from: '2017-01-01', to: '2017-12-31', precision: 'year' });
    expect(
      validSpan({ occurredOn: { value: '2017-07-30', precision: 'day' }, effectiveOn: { value: '2017-09', precision: 'month' } }),
    ).toEqual({ from: '2017-07-30', to: '2017-09-30' });
    // A report without a date of its own spans the window before its publication.
    expect(validSpan({ occurredOn: null, effectiveOn: null, occurredBy: '2018-03-30' })).toEqual({ from: '2018-02-28', to: '2018-03-30' });
    expect(validSpan({ occurredOn: null, effectiveOn: null })).toBeNull();
  });

  it('formats rebuild progress as one line with rate and ETA', () => {
    expect(formatProgress(progressOf('replaying', 250_000, 1_000_000, 5_000))).toBe(
      'replaying  250,000 / 1,000,000 events (25%)  50,000 ev/s  ETA 15s',
    );
    expect(formatProgress(progressOf('done', 1_000_000, 1_000_000, 80_000))).toBe(
      'done       1,000,000 / 1,000,000 events (100%)  12,500 ev/s  in 1m20s',
    );
  });
});
