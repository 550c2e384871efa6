import {
  arePartialDatesCompatible,
  finerPartialDate,
  isValidPartialDate,
  monthKey,
  parsePartialDate,
} from '../../../src/domain/shared/partial-date-relations.js';

const day = (value: string) => ({ value, precision: 'day' as const });
const month = (value: string) => ({ value, precision: 'month' as const });

describe('partial dates', () => {
  it('given each form, when parsed, then the precision follows from it and impossible dates are refused', () => {
    expect(parsePartialDate('2017-07-30')).toEqual(day('2017-07-30'));
    expect(parsePartialDate('2017-07')).toEqual(month('2017-07'));
    expect(parsePartialDate('2017')).toEqual({ value: '2017', precision: 'year' });
    expect(parsePartialDate('2017-02-30')).toBeNull();
    expect(parsePartialDate('2017-13')).toBeNull();
    expect(parsePartialDate('30 July 2017')).toBeNull();
    expect(isValidPartialDate({ value: '2017-07', precision: 'day' })).toBe(false);
  });

  it('given a month and a day in it, when compared, then they are compatible and the day is finer', () => {
    expect(arePartialDatesCompatible(month('2017-07'), day('2017-07-30'))).toBe(true);
    expect(finerPartialDate(month('2017-07'), day('2017-07-30'))).toEqual(day('2017-07-30'));
  });

  it('given two different days, when compared, then they are not compatible', () => {
    expect(arePartialDatesCompatible(day('2017-07-30'), day('2017-07-31'))).toBe(false);
    expect(arePartialDatesCompatible(month('2017-07'), day('2017-08-01'))).toBe(false);
  });

  it('given a day, when keyed by month, then the day is dropped', () => {
    expect(monthKey(day('2016-12-29'))).toBe('2016-12');
    expect(monthKey({ value: '2016', precision: 'year' })).toBe('2016');
  });
});
