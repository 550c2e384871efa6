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

describe('what a fact quotes, within a clause', () => {
  it('given an act followed by a second predicate of what was said or demanded, then the quote stops before it', () => {
    expect(quotes('Norway recalled its ambassador to Sweden and told Stockholm to reverse its decision.')).toEqual([
      ['EmbassyStaffRecalled', 'Norway recalled its ambassador to Sweden'],
    ]);
  });

  it('given a background act that is the object of a preposition, then its quote starts at the act', () => {
    const [fact] = factsOf('Norway closed its embassy in Stockholm after an attack by a crowd in a protest over sanctions imposed by Sweden on Norway.').filter((f) => f.type === 'SanctionsEnacted');
    expect(fact?.provenance.quote).toBe('sanctions imposed by Sweden on Norway.');
  });
});

describe('acts without a state', () => {
  it('given an envoy made to leave at gunpoint by armed men, then no state expelled him', () => {
    expect(factsOf('The Swedish envoy is ordered to leave Norway at gunpoint after being threatened by armed men.')).toEqual([]);
  });

  it('given severed relations that someone would restore, then no relations are severed', () => {
    expect(factsOf('Norway said Sweden must apologise before it would restore severed diplomatic relations.').map((f) => f.type)).not.toContain('DiplomaticRelationsSuspended');
  });
});
