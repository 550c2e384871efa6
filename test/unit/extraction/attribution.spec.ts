import { factsOf } from './facts-of.js';

const parties = (text: string, publishedAt = '2021-03-10') =>
  factsOf(text, publishedAt).map((f) => ({ type: f.type, actor: f.values.actor.country ?? f.values.actor.organisation, target: f.values.target.country, detail: f.values.detail }));

describe('attribution: the actor is the party that performs the action', () => {
  it('given reported speech from the other side, then the acting state is the actor and the speaker is the source', () => {
    expect(parties('Moscow expelled three Estonian diplomats, the Estonian foreign ministry said.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'RUS', target: 'EST', detail: 'according to EST' },
    ]);
  });

  it('given a bloc, then it acts in its own name and no member state is inferred', () => {
    expect(parties('The European Union imposed sanctions on Belarus.')).toEqual([{ type: 'SanctionsEnacted', actor: 'European Union', target: 'BLR', detail: null }]);
    expect(parties('The African Union suspended Mali.')).toEqual([]);
  });

  it('given an international body, then its country is null and the organisation is named', () => {
    const [f] = factsOf('The Arab League approved sanctions against Syria.');
    expect(f!.values.actor).toEqual({ country: null, organisation: 'Arab League', name: null });
    expect(f!.values.target.country).toBe('SYR');
  });

  it('given an official or a government body, then the act is its state\'s', () => {
    expect(parties("Germany's foreign ministry summoned the Russian ambassador.").map((p) => [p.actor, p.target])).toEqual([['DEU', 'RUS']]);
  });

  it('given two states acting together, then each acts, and neither is the other\'s target', () => {
    expect(parties('Indonesia executed two convicts on Sunday. Brazil and the Netherlands recalled their ambassadors from Indonesia.').map((p) => [p.actor, p.target])).toEqual([
      ['BRA', 'IDN'],
      ['NLD', 'IDN'],
    ]);
  });

  it('given a crowd storming an embassy, then no state acted and there is no fact', () => {
    expect(parties('Protesters stormed the Swedish embassy in Baghdad.')).toEqual([]);
  });
});

describe('attribution across sentences', () => {
  it('given an agentless passive after a sentence about a state, then that state acts', () => {
    expect(parties('Ecuador protests the raid on its embassy. The ambassadors of Mexico and Peru are summoned.').map((p) => [p.type, p.actor, p.target])).toEqual([
      ['AmbassadorSummoned', 'ECU', 'MEX'],
      ['AmbassadorSummoned', 'ECU', 'PER'],
    ]);
  });
});
