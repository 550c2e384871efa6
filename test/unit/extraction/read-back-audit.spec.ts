import { briefsOf, factsOf } from './facts-of.js';

/** Error classes found by reading back what the extractor stated about real unlabelled news (docs/extraction.md, "Read-back audit"). */
describe('read-back audit: the ledger states no act of one state that many states did', () => {
  it('given an act by a number of states left unnamed, when another state is named in the sentence, then no fact is guessed for it', () => {
    expect(briefsOf('Nine countries will expel Iranian diplomats in support of Albania.')).toEqual([]);
    expect(briefsOf('A dozen nations have expelled some 40 Iranian envoys, of which two are Gulf states, Bahrain and Kuwait.')).toEqual([]);
  });

  it('given members of a bloc as the subject, then the bloc is not their actor', () => {
    expect(briefsOf('"Eleven EU member-states have decided to expel Belarusian diplomats as a sign of support for Lithuania," the council president said.')).toEqual([]);
  });

  it('given a group that refers back to named states, then the named states still act', () => {
    const facts = briefsOf('Chile and Peru recalled their ambassadors from Caracas. Both countries also expelled Venezuelan diplomats.');
    expect(facts.filter((f) => f.type === 'EmbassyStaffRecalled').map((f) => f.actor)).toEqual(['CHL', 'PER']);
  });

  it('given a sentence about unnamed states, when the next one says "they" did more, then no state is guessed for that either', () => {
    expect(factsOf('At least nine countries expelled 30 Syrian diplomats, among them France and Spain. They later announced the expulsion of 12 more.').some((f) => f.values.counts?.change === 12)).toBe(false);
  });
});

describe('read-back audit: an act named by a noun alone is not given the document\'s main country', () => {
  it('given a paragraph that names an expulsion but no one who made it, then the country the text names most is not guessed as its actor', () => {
    expect(briefsOf('Ties between Greece and Turkey soured on Friday, and Greek ministers met in Athens.\n\nThe expulsion of Turkish diplomats drew an angry reply.')).toEqual([]);
  });

  it('given the same paragraph after a named act, then the act it repeats still holds', () => {
    expect(briefsOf('Greece expelled two Turkish diplomats on Friday.\n\nThe expulsion of Turkish diplomats drew an angry reply.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'GRC', target: 'TUR', modality: 'enacted' },
    ]);
  });
});

describe('read-back audit: a figure for several states together counts none of them', () => {
  it('given one figure for a list of states, then no state gets the total as its own count', () => {
    const facts = factsOf('Norway, Denmark and Iceland announced that they will expel 17 Russian diplomats.');
    expect(facts.map((f) => f.values.actor.country)).toEqual(['NOR', 'DNK', 'ISL']);
    expect(facts.map((f) => f.values.counts)).toEqual([null, null, null]);
  });

  it('given a figure dealt out to each, then each state keeps it', () => {
    const facts = factsOf('Norway, Denmark and Iceland each expelled two Russian diplomats.');
    expect(facts.map((f) => f.values.counts?.change)).toEqual([2, 2, 2]);
  });
});

describe('read-back audit: states set apart by "except" are not acted on', () => {
  it('given a retaliation against a group of states except some named ones, then the excepted states are no targets', () => {
    expect(briefsOf('Moscow retaliated by expelling diplomats from those states, except Portugal, Greece and Malta.')).toEqual([]);
  });

  it('given an act on named states with another set apart, then only the others are targets', () => {
    const targets = briefsOf('Iran expelled the ambassadors of Spain and Italy, but not Greece.').map((f) => f.target);
    expect(targets).toEqual(['ESP', 'ITA']);
    const kept = briefsOf('Iran expelled the ambassadors of all EU states other than Greece and Cyprus.').map((f) => f.target);
    expect(kept).not.toContain('GRC');
    expect(kept).not.toContain('CYP');
  });
});

describe('read-back audit: status', () => {
  it('given a denial with an object of its own, when an act is coordinated after it, then the act is not denied', () => {
    expect(briefsOf('Belgrade rejected the accusations and expelled three Croatian diplomats.').map((f) => f.modality)).toEqual(['enacted']);
    expect(briefsOf('Minsk denied the charges but Warsaw still expelled two Belarusian diplomats.').map((f) => f.modality)).toEqual(['enacted']);
  });

  it('given a denial of reports that the act happened, then it stays denied', () => {
    expect(briefsOf('Ankara denied reports that it had recalled its ambassador to Vienna.').map((f) => f.modality)).toEqual(['denied']);
  });

  it('given an intention or a readiness, then the act did not happen', () => {
    expect(briefsOf('The Bolivian president says he plans to break off relations with Chile.').map((f) => f.modality)).toEqual(['proposed']);
    expect(briefsOf('Hungary is ready to sever diplomatic ties with Ukraine.').map((f) => f.modality)).toEqual(['hypothetical']);
    expect(briefsOf('Berlin stands ready to impose further sanctions on Belarus.').map((f) => f.modality)).toEqual(['hypothetical']);
  });

  it('given a plan announced as a decision, then the act is announced', () => {
    expect(briefsOf('Sweden announced plans to expel two Chinese diplomats.').map((f) => f.modality)).toEqual(['announced']);
  });
});

describe('read-back audit: wording', () => {
  it('given relations of two kinds severed together, then the relations are suspended', () => {
    expect(briefsOf('Senegal severs diplomatic and economic relations with Iran.')).toEqual([
      { type: 'DiplomaticRelationsSuspended', actor: 'SEN', target: 'IRN', modality: 'enacted' },
    ]);
  });
});

describe('read-back audit: attribution', () => {
  it('given a state asked to call its own envoy home from a third capital, then the one asked recalls, on request only', () => {
    expect(briefsOf('Latvia asked Estonia to recall its ambassador from Minsk.')).toEqual([
      { type: 'EmbassyStaffRecalled', actor: 'EST', target: 'BLR', modality: 'demanded' },
    ]);
  });

  it('given a parliament that will ask its own president to recall an envoy, then that state recalls, on request only', () => {
    expect(briefsOf("Venezuela's assembly will ask President Nicolás Maduro to recall the ambassador from Bogotá.", '2019-05-02')).toEqual([
      { type: 'EmbassyStaffRecalled', actor: 'VEN', target: 'COL', modality: 'demanded' },
    ]);
  });

  it('given a state that demands another recall the envoy posted with it, then the envoy is sent away', () => {
    expect(briefsOf('Beijing demanded that Vilnius recall its ambassador.', '2021-08-10').map((f) => f.type)).toEqual(['DiplomatsExpelled']);
  });

  it('given a state that summons its own envoy, then it is a recall, and others\' envoys are still summoned', () => {
    expect(briefsOf('Turkey will summon its ambassador to Austria for talks.').map((f) => [f.type, f.actor, f.target])).toEqual([['EmbassyStaffRecalled', 'TUR', 'AUT']]);
    expect(briefsOf('Sweden and Finland summoned their Chinese ambassadors.').map((f) => [f.type, f.actor, f.target])).toEqual([
      ['AmbassadorSummoned', 'SWE', 'CHN'],
      ['AmbassadorSummoned', 'FIN', 'CHN'],
    ]);
  });

  it('given staff pulled out with the envoy of a named state, then that state recalls them', () => {
    expect(briefsOf('All staff have been withdrawn from Iran, including the Canadian ambassador.')).toEqual([
      { type: 'EmbassyStaffRecalled', actor: 'CAN', target: 'IRN', modality: 'enacted' },
    ]);
  });

  it('given people counted by their nationality before a bare participle, then their state is the one acted on', () => {
    expect(briefsOf('NORWAY: Three Russians expelled.', '2018-03-26')).toEqual([{ type: 'DiplomatsExpelled', actor: 'NOR', target: 'RUS', modality: 'enacted' }]);
  });

  it('given sanctions in the title of a law, then the law\'s name states no sanctions', () => {
    expect(briefsOf("The president signs the Protecting Europe's Energy Security Sanctions Act.")).toEqual([]);
  });

  it('given a body named as a venue, then it is not the counterpart', () => {
    expect(briefsOf('The US is expelling 20 envoys in Washington and five more at the UN in New York').filter((f) => f.target === 'org:united-nations')).toEqual([]);
  });

  it('given a deadline by which a body demanded something, then the body is not the agent of an act', () => {
    expect(briefsOf('The recall of senior members of the diplomatic corps came before the deadline by which the UN Security Council demanded a withdrawal from Kuwait.')).toEqual([]);
  });

  it('given a group of states opening a clause just before the act, then the sentence\'s first state is not its actor', () => {
    expect(briefsOf('Iran returned to the oil market on Monday when world powers lifted sanctions against the Islamic Republic.')).toEqual([]);
    expect(briefsOf('Saudi Arabia and other Gulf states cut ties with Qatar.')).toEqual([{ type: 'DiplomaticRelationsSuspended', actor: 'SAU', target: 'QAT', modality: 'enacted' }]);
  });
});

describe('read-back audit: acts retreated from, and claims next to true background', () => {
  it('given a leader who backed down from a threat, then his earlier declaration of the same act did not happen either', () => {
    const text = 'Hungary backed down on Tuesday from its threat to expel five Dutch envoys.\n\nOn Sunday the prime minister had declared the five Dutch envoys persona non grata.';
    expect(briefsOf(text, '2021-06-08').map((f) => f.modality)).toEqual(['negated', 'negated']);
  });

  it('given a denial of reports of one act, then a later act in the same sentence is not denied', () => {
    const facts = briefsOf("Warsaw denied reports it had expelled the Belarusian envoy, saying it was preparing a response to Minsk's decision to expel 14 Polish diplomats.");
    expect(facts.map((f) => [f.actor, f.target, f.modality])).toEqual([
      ['POL', 'BLR', 'denied'],
      ['BLR', 'POL', 'enacted'],
    ]);
  });

  it('given what a party responds to, then the act responded to quotes only its own words', () => {
    const [, responded] = factsOf("Warsaw denied reports it had expelled the Belarusian envoy, saying it was preparing a response to Minsk's decision to expel 14 Polish diplomats.");
    expect(responded?.provenance.quote).toBe("Minsk's decision to expel 14 Polish diplomats.");
  });

  it('given a request of the addressee that is itself negated, then the stronger framing wins', () => {
    expect(briefsOf('Paris said the junta had no authority to order France to withdraw its envoys from Niamey.').map((f) => f.modality)).not.toContain('demanded');
  });

  it('given a sentence hard-wrapped after a comma, then it is read as one sentence', () => {
    expect(briefsOf('Estonia on Monday expelled the Russian chargé,\nciting hostile acts.').map((f) => [f.actor, f.target])).toEqual([['EST', 'RUS']]);
  });
});
