import { describe, expect, it } from '@jest/globals';
import { briefsOf, factsOf } from './facts-of.js';

describe('wordings of acts read as their type', () => {
  it('given diplomats thrown out after a quantity phrase, then it is an expulsion', () => {
    expect(briefsOf('Norway said it would throw out an unknown number of Swedish diplomats.')).toContainEqual({ type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'announced' });
  });

  it('given an envoy ordered home with the particle first, then it is a recall', () => {
    expect(briefsOf('Denmark has ordered home its ambassador to Norway.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'DNK', target: 'NOR', modality: 'enacted' }]);
  });

  it('given the head of a mission summoned, then the envoy was summoned', () => {
    expect(briefsOf('The head of the Danish diplomatic mission in Norway was summoned to the Norwegian Foreign Ministry on Friday.')).toEqual([
      { type: 'AmbassadorSummoned', actor: 'NOR', target: 'DNK', modality: 'enacted' },
    ]);
  });

  it('given officials hit with sanctions, then the sanctions are on their state', () => {
    expect(briefsOf('Norway hit dozens of Swedish officials with sanctions on Monday.')).toEqual([{ type: 'SanctionsEnacted', actor: 'NOR', target: 'SWE', modality: 'enacted' }]);
  });

  it('given citizens barred from entering, then the ban counts them', () => {
    const facts = factsOf('Norway is barring some 40 Swedish citizens from entering the country.');
    expect(facts.map((f) => [f.type, f.values.actor.country, f.values.target.country, f.values.counts?.change])).toEqual([['EntryBanImposed', 'NOR', 'SWE', 40]]);
  });

  it('given an ambassador barred from returning to his post, then it is an entry ban', () => {
    expect(briefsOf('Norway bans the Swedish ambassador from returning to the embassy in Oslo.').map((b) => b.type)).toEqual(['EntryBanImposed']);
  });

  it('given airspace closed next to an embassy, then no mission is closed', () => {
    expect(briefsOf('Norway closes its airspace to Swedish diplomats near the embassy of Sweden.').map((b) => b.type)).not.toContain('ConsulateClosed');
  });

  it('given the lower house of a parliament, then nothing is lowered', () => {
    expect(briefsOf('The lower house of the Danish parliament met the Norwegian diplomats.')).toEqual([]);
  });
});
