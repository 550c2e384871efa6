import { describe, expect, it } from '@jest/globals';
import { briefsOf, factsOf } from './facts-of.js';

describe('expulsions in the passive', () => {
  it('given envoys thrown out by a state, then that state expels them', () => {
    expect(briefsOf('Three Chilean envoys were thrown out by Peru on Monday.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'PER', target: 'CHL', modality: 'enacted' }]);
  });

  it('given the active form, then its subject expels them', () => {
    expect(briefsOf('Norway kicked out two Swedish diplomats.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'enacted' }]);
  });
});

describe('sanctions undone', () => {
  it('given sanctions cancelled or revoked, then they are eased, not enacted', () => {
    expect(briefsOf('Chile said it had cancelled a series of sanctions on Peru.')).toEqual([{ type: 'SanctionsEased', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
    expect(briefsOf('Ghana revoked its sanctions against Togo.')).toEqual([{ type: 'SanctionsEased', actor: 'GHA', target: 'TGO', modality: 'enacted' }]);
  });

  it('given sanctions lifted in the passive by two parties, then each of them eases them', () => {
    expect(briefsOf('Some sanctions against Peru were lifted by Brazil and Chile on Friday.')).toEqual([
      { type: 'SanctionsEased', actor: 'BRA', target: 'PER', modality: 'enacted' },
      { type: 'SanctionsEased', actor: 'CHL', target: 'PER', modality: 'enacted' },
    ]);
  });
});

describe('one\'s own envoy summoned home', () => {
  it('given a state summoning its own ambassador for consultations, then it is a recall', () => {
    expect(briefsOf('Chile has summoned its ambassador to Norway for consultations.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'CHL', target: 'NOR', modality: 'enacted' }]);
  });

  it('given its ambassador called back with a name between, then it is a recall', () => {
    expect(briefsOf('Peru on Monday called its ambassador in Oslo, Juan Soto, back to the country.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'PER', target: 'NOR', modality: 'enacted' }]);
  });

  it('given an envoy summoned home for consultations in the passive, then no summons is read', () => {
    expect(briefsOf('The Bolivian ambassador to Spain has been summoned to La Paz for consultations.').map((b) => b.type)).not.toContain('AmbassadorSummoned');
  });

  it('given a foreign envoy summoned to the ministry, then it stays a summons', () => {
    expect(briefsOf('Spain summoned the Bolivian ambassador to the foreign ministry.')).toEqual([{ type: 'AmbassadorSummoned', actor: 'ESP', target: 'BOL', modality: 'enacted' }]);
  });
});

describe('missions shut and reopened', () => {
  it('given a mission reopened as the subject of the verb, then its owner reopens it in the host state', () => {
    expect(briefsOf("Chile's embassy in Lima also reopened on Monday.")).toEqual([{ type: 'MissionReopened', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
  });

  it('given missions shut or reopened over fears of an attack, then no step between states is read', () => {
    expect(briefsOf('Norway closed its embassy in Kabul over fears of an attack.')).toEqual([]);
    expect(briefsOf('Norway reopened its embassy in Kabul, shut last week over a security threat.')).toEqual([]);
  });

  it('given a mission that remained closed, then it is a state of affairs, not a closure', () => {
    expect(briefsOf('The Danish embassy in Oslo remained closed on Monday.')).toEqual([]);
  });

  it('given a mission closed with no such reason, then it is still a closure', () => {
    expect(briefsOf('Chile closed its consulate in Lima.')).toEqual([{ type: 'ConsulateClosed', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
  });
});

describe('status of acts that are only asked for, weighed or foreseen', () => {
  const statusOf = (text: string): string[] => briefsOf(text).map((b) => b.modality);

  it('given a crowd whose demands include an act, then it is demanded, not done', () => {
    expect(statusOf('The protesters listed several demands, including the expulsion of the Danish ambassador to Norway.')).toEqual(['demanded']);
  });

  it('given people calling on an envoy to be expelled, then it is demanded', () => {
    expect(statusOf('Demonstrators in Santiago were calling on the Norwegian ambassador to Chile to be expelled.')).toEqual(['demanded']);
  });

  it('given an act named and then called possible or under consideration, then it did not happen', () => {
    expect(statusOf('Expulsion of Swedish ambassador in Oslo possible, Norwegian minister says.')).toEqual(['hypothetical']);
    expect(statusOf("Expelling the Swedish ambassador to Peru 'an active consideration', Lima says.")).toEqual(['proposed']);
  });

  it('given a vote on sanctions still to come or a non-binding resolution, then nothing is enacted or lifted', () => {
    expect(statusOf('Chile hopes for support before the council votes on sanctions against Peru.')).not.toContain('enacted');
    expect(statusOf('The Chilean parliament adopted a non-binding resolution to lift sanctions against Peru.')).toEqual(['proposed']);
  });

  it('given sanctions that could be imposed in the passive on a condition, then they are hypothetical', () => {
    expect(statusOf('Chile added that sanctions could be slapped on Peru at once if it moved in the wrong direction.')).toEqual(['hypothetical']);
  });

  it('given sanctions announced in a that-clause, then the clause\'s own verb frames them', () => {
    expect(briefsOf('Chile announced that sanctions would be imposed on Peru.')).toEqual([{ type: 'SanctionsEnacted', actor: 'CHL', target: 'PER', modality: 'announced' }]);
  });
});

describe('status framed by clauses around the act', () => {
  it('given an act inside a relative clause that threatens it, then it is threatened', () => {
    expect(briefsOf('Chile, which has threatened to impose sanctions on Peru, met its envoy on Monday.').map((b) => b.modality)).toEqual(['threatened']);
  });

  it('given an act in the consequent of an if-then, then it is hypothetical', () => {
    expect(briefsOf('The minister told reporters in Santiago that if Lima keeps silent, then Chile will expel two Peruvian diplomats.').map((b) => b.modality)).toEqual(['hypothetical']);
  });

  it('given an act reported with "and then", then it stays done', () => {
    expect(briefsOf('Chile said on Monday that it had expelled the Peruvian ambassador, and then closed its embassy in Lima.').map((b) => b.modality)).toEqual(['enacted', 'enacted']);
  });

  it('given a gerund after a verb of saying that is called a consideration, then it is proposed', () => {
    expect(briefsOf('The Norwegian minister said expelling the Swedish ambassador to Norway is an active consideration.').map((b) => b.modality)).toEqual(['proposed']);
  });
});

describe('quotes of a contrasting clause', () => {
  it('given a refusal and then ", but" another state acting, then the act quotes only its own clause', () => {
    const facts = factsOf('Spain and Italy said they would not follow the advice, but Italy later recalled its ambassador to Peru.');
    const done = facts.filter((f) => f.values.modality === 'enacted');
    expect(done.map((f) => f.provenance.quote)).toEqual(['Italy later recalled its ambassador to Peru.']);
  });
});

describe('names inside other names', () => {
  it('given a newspaper named after a country, then that country is no party', () => {
    expect(briefsOf('Diplomats in Nairobi told the Sudan Tribune that Kenya had summoned the Ugandan ambassador.')).toEqual([{ type: 'AmbassadorSummoned', actor: 'KEN', target: 'UGA', modality: 'enacted' }]);
  });

  it('given a treaty named after a city, then the city\'s state is no party', () => {
    expect(briefsOf('Citing the Vienna Convention, Chile declared the Peruvian ambassador persona non grata.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
  });
});

describe('detentions and summons home', () => {
  it('given a diplomat "briefly detained in" a city, then he was detained there', () => {
    expect(briefsOf('Norway is expelling a Swedish diplomat briefly detained in Oslo, officials say.')).toContainEqual({ type: 'DiplomatsDetained', actor: 'NOR', target: 'SWE', modality: 'enacted' });
  });

  it('given officers who detained a consul, then the officers are no detained diplomats', () => {
    expect(briefsOf('Norwegian police officers detained the Swedish consul in Oslo on Monday.')).toEqual([{ type: 'DiplomatsDetained', actor: 'NOR', target: 'SWE', modality: 'enacted' }]);
  });

  it('given an envoy summoned to a capital rather than to a ministry, then no summons is read', () => {
    expect(briefsOf('The Kenyan ambassador to Uganda has been summoned to Nairobi after the ban, diplomats said.').map((b) => b.type)).not.toContain('AmbassadorSummoned');
  });
});

describe('who acts and who leaves', () => {
  it('given "the country of" a state as subject after a background clause, then that state acts', () => {
    expect(briefsOf('In response to the war in the Gaza Strip in January, the African country of Mali has cut diplomatic ties with Israel.')).toEqual([
      { type: 'DiplomaticRelationsSuspended', actor: 'MLI', target: 'ISR', modality: 'enacted' },
    ]);
  });

  it('given staff at a foreign embassy given hours to leave the country, then they are expelled, not cut', () => {
    expect(briefsOf('The Norwegian authorities have given staff at the Swedish embassy in Oslo 48 hours to leave the country.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'enacted' },
    ]);
  });
});

describe('expelled people listed by state', () => {
  it('given "the expelled ambassadors are" a list of names of states, then each state\'s envoy is expelled by the state acting before', () => {
    expect(briefsOf('The Syrian government on Tuesday declared seven envoys persona non grata. The expelled ambassadors are Ana Ruiz of Spain, Luca Neri of Italy and Tom Hale of Britain.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'SYR', target: 'ESP', modality: 'enacted' },
      { type: 'DiplomatsExpelled', actor: 'SYR', target: 'ITA', modality: 'enacted' },
      { type: 'DiplomatsExpelled', actor: 'SYR', target: 'GBR', modality: 'enacted' },
    ]);
  });
});

describe('sides among wars, abbreviations and repeated orders', () => {
  it('given officials linked to one state\'s war on another, then the sanctions are on the state waging it', () => {
    expect(briefsOf('Norway on Monday imposed fresh sanctions on dozens of officials linked to Russia\'s war on Ukraine.')).toEqual([{ type: 'SanctionsEnacted', actor: 'NOR', target: 'RUS', modality: 'enacted' }]);
  });

  it('given a state named with its abbreviation in brackets before the staff, then it only says whose staff', () => {
    expect(briefsOf('Chile declared 15 United Arab Emirates (UAE) embassy staff persona non grata, ordering them to leave the country within 48 hours.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'CHL', target: 'ARE', modality: 'enacted' },
    ]);
  });
});

describe('an order and a report joined by "and said"', () => {
  it('given a leader who gives the other envoy days to leave and says he is recalling his own, then the recall is his state\'s, not demanded of the other', () => {
    expect(briefsOf('In Lima, Peruvian President Ana Soto on Monday gave Chilean Ambassador Luis Vera five days to leave and said she was recalling her ambassador from Santiago.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'PER', target: 'CHL', modality: 'ordered' },
      { type: 'EmbassyStaffRecalled', actor: 'PER', target: 'CHL', modality: 'announced' },
    ]);
  });
});

describe('a country that only names the matter', () => {
  it('given sanctions imposed amid a crisis named after a country, then that country is not made their target', () => {
    expect(briefsOf('Canada imposed fresh sanctions amid the Mali crisis on Tuesday.').map((b) => b.target)).not.toContain('MLI');
  });

  it('given the same country as the object of the act, then it is the target', () => {
    expect(briefsOf('Canada imposed fresh sanctions on Mali on Tuesday.')).toEqual([{ type: 'SanctionsEnacted', actor: 'CAN', target: 'MLI', modality: 'enacted' }]);
  });
});
