import { entryWords, sameHeadlineEdge, sameHeadlineEnding, sameHeadlineWords, sameSummaryWords } from '../../../src/domain/stories/story-identity.js';

/** The word comparisons that tie revisions no version link ties: invented headlines. */
describe('the words of an entry', () => {
  it('given quotes, colons, entities already decoded and accents, when reduced, then letters and digits only', () => {
    expect(entryWords("Talks: the mayor is 'pleased' — Zürich, 2019")).toBe('talksthemayorispleasedzurich2019');
    expect(entryWords('The mayor is -pleased-')).toBe(entryWords("The mayor is 'pleased'"));
  });

  const long = entryWords('The city council votes to rebuild the old stone bridge over the river by next spring.');

  it('given a headline and the same with a category put before it, when compared, then one lies in the other', () => {
    expect(sameHeadlineWords(entryWords('City politics:The city council votes to rebuild the old stone bridge over the river by next spring.'), long)).toBe(true);
  });

  it('given headlines under 40 letters, when one lies in the other, then not enough on its own', () => {
    expect(sameHeadlineWords(entryWords('Bridge vote: The council votes.'), entryWords('The council votes.'))).toBe(false);
  });

  it('given a short headline that the other ends with, when compared, then an ending at 16 letters or more', () => {
    expect(sameHeadlineEnding(entryWords('Awards night. "Stone Bridge" wins the prize.'), entryWords('"Stone Bridge" wins the prize.'))).toBe(true);
    expect(sameHeadlineEnding(entryWords('Awards night. It wins.'), entryWords('It wins.'))).toBe(false);
  });

  it('given a headline edited in its middle, when compared, then the same first or last 40 letters', () => {
    const edited = entryWords('The city council votes to rebuild the old {{stone}} bridge over the river by next spring.');
    expect(sameHeadlineEdge(edited, long)).toBe(true);
    expect(sameHeadlineEdge(entryWords('The city council votes to close the harbour.'), long)).toBe(false);
  });

  it('given summaries, when compared, then equal words of 40 letters or more', () => {
    const summary = entryWords('Work on the bridge will begin in March and last until the end of the year.');
    expect([sameSummaryWords(summary, summary), sameSummaryWords('shortsummary', 'shortsummary')]).toEqual([true, false]);
  });
});
