import { findDates } from '../../../src/ingestion/extraction/dates/date-mentions.js';
import { resolveDate } from '../../../src/ingestion/extraction/dates/resolve-date.js';
import { tokenize } from '../../../src/ingestion/extraction/text/tokens.js';

/** Resolves the first date phrase in `text` against `reference`, as the phrase's own tense and cues say. */
const resolved = (text: string, reference: string | null, base: string | null = null) => {
  const [d] = findDates(tokenize(text));
  if (d === undefined) return undefined;
  return { date: resolveDate(d.expression, d.future, reference, base), deadline: d.deadline };
};

describe('dates', () => {
  it.each([
    ['Tillerson said on Thursday he had called Lavrov', '2017-09-02', '2017-08-31', 'day'],
    ['Russia expelled them last week', '2017-07-30', '2017-07', 'month'],
    ['it happened last week', '2017-08-09', '2017', 'year'],
    ['In December, the administration ordered', '2017-07-30', '2016-12', 'month'],
    ['in the end of July', '2017-09-02', '2017-07', 'month'],
    ['the January telephone conversation', '2017-02-09', '2017-01', 'month'],
    ['yesterday', '2020-03-01', '2020-02-29', 'day'],
    ['last month', '2023-01-15', '2022-12', 'month'],
  ])('given "%s" published %s, when resolved, then it is %s (%s)', (text, reference, value, precision) => {
    expect(resolved(text, reference)?.date).toEqual({ value, precision });
  });

  it.each([
    ['by September 1', '2017-07-30', '2017-09-01'],
    ['by September', '2017-07-30', '2017-09'],
    ['until April 5', '2018-03-30', '2018-04-05'],
    ['from August 1', '2021-04-24', '2021-08-01'],
    ['by 4pm on Friday', '2020-07-24', '2020-07-24'],
    ['the consulate will close on Saturday', '2017-08-31', '2017-09-02'],
  ])('given the deadline or future date "%s" published %s, when resolved, then it looks forward to %s', (text, reference, value) => {
    expect(resolved(text, reference)?.date?.value).toBe(value);
  });

  it('given a duration, when resolved, then it counts from the day the act happened, else from the reference', () => {
    expect(resolved('within 72 hours', '2020-07-22', '2020-07-21')).toEqual({ date: { value: '2020-07-24', precision: 'day' }, deadline: true });
    expect(resolved('within two days', '2017-08-31')?.date?.value).toBe('2017-09-02');
    expect(resolved('giving them five days to leave', null, '2022-04-04')?.date?.value).toBe('2022-04-09');
  });

  it('given no publication date, when relative dates are resolved, then they stay null; dates with a year still resolve', () => {
    expect(resolved('on Thursday', null)?.date).toBeNull();
    expect(resolved('by September 1', null)?.date).toBeNull();
    expect(resolved('within two days', null)?.date).toBeNull();
    expect(resolved('on December 29, 2016', null)?.date).toEqual({ value: '2016-12-29', precision: 'day' });
    expect(resolved('in 2014', null)?.date).toEqual({ value: '2014', precision: 'year' });
  });

  it('given a year used as an adjective, or "May" as a modal, when read, then neither is a date', () => {
    expect(findDates(tokenize("during the U.S.'s 2016 presidential election"))).toEqual([]);
    expect(findDates(tokenize('Britain may expel diplomats'))).toEqual([]);
    expect(findDates(tokenize('the 2010 New START treaty'))).toEqual([]);
    expect(findDates(tokenize('in May'))).toHaveLength(1);
  });

  // What chrono-node read otherwise when it was measured in their place (docs/extraction.md, Libraries).
  it('given a bare weekday in a report of what happened, when resolved, then it is the last such day, never the next', () => {
    expect(resolved('the ministry shut its office on Wednesday', '2019-05-14')?.date).toEqual({ value: '2019-05-08', precision: 'day' });
  });

  it('given a length of time or a day counted from another event, when read, then neither is a date', () => {
    expect(findDates(tokenize('relations have been tense for four years'))).toEqual([]);
    expect(findDates(tokenize('the mission reopened a day after it was shut'))).toEqual([]);
  });
});
