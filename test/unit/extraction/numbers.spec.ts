import { findNumbers } from '../../../src/ingestion/extraction/lexicon/numbers.js';
import { tokenize } from '../../../src/ingestion/extraction/text/tokens.js';

const figures = (text: string) => findNumbers(tokenize(text)).map(({ value, approximate }) => ({ value, approximate }));

describe('numbers', () => {
  it.each([
    ['755 staff', 755],
    ['1,000 people', 1000],
    ['thirty-five diplomats', 35],
    ['four hundred and fifty-five', 455],
    ['twelve officials', 12],
    ['a thousand employees', 1000],
    ['2.5 million', 2_500_000],
  ])('given "%s", when read, then the value is %d', (text, value) => {
    expect(figures(text)).toEqual([{ value, approximate: false }]);
  });

  it.each([['more than a thousand'], ['about 50'], ['nearly thirty'], ['at least 12'], ['over 1,200']])('given "%s", when read, then the figure is approximate', (text) => {
    expect(figures(text)[0]!.approximate).toBe(true);
  });

  it('given "one" standing alone, when read, then it is a pronoun, not a count', () => {
    expect(figures('two compounds, one in Maryland and one in New York')).toEqual([{ value: 2, approximate: false }]);
  });

  // What compromise read otherwise when it was measured in its place (docs/extraction.md, Libraries).
  it('given a vague multitude or a sum in millions, when read, then the first is no figure and the second is whole', () => {
    expect(figures('hundreds of millions of people')).toEqual([]);
    expect(figures('a fund of 150 million euros')).toEqual([{ value: 150_000_000, approximate: false }]);
    expect(figures('no one was hurt')).toEqual([]);
  });
});
