import { describe, expect, it } from '@jest/globals';
import { factsOf } from './facts-of.js';

const quotes = (text: string): [string, string][] => factsOf(text).map((f) => [f.type, f.provenance.quote]);

describe('what a fact quotes', () => {
  it('given an act followed by its background, then the quote stops before the background clause', () => {
    expect(quotes('Norway on Monday recalled its ambassador to Sweden after a crowd attacked its embassy in Stockholm.')).toEqual([
      ['EmbassyStaffRecalled', 'Norway on Monday recalled its ambassador to Sweden'],
    ]);
  });

  it('given an earlier act in a fronted background clause, then each act quotes its own clause', () => {
    expect(quotes("After two Norwegian diplomats are expelled from Sweden, Norway's foreign minister recommends expelling three Swedish diplomats.")).toEqual([
      ['DiplomatsExpelled', 'After two Norwegian diplomats are expelled from Sweden'],
      ['DiplomatsExpelled', "Norway's foreign minister recommends expelling three Swedish diplomats."],
    ]);
  });

  it('given a sentence without background, then the quote is the whole sentence and verbatim', () => {
    const text = 'Norway expelled three Swedish diplomats on Monday, the ministry said.';
    const [fact] = factsOf(text);
    expect(fact!.provenance.quote).toBe(text);
    expect(text.slice(fact!.provenance.start, fact!.provenance.end)).toBe(fact!.provenance.quote);
  });
});
