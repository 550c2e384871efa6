import { briefsOf, factsOf } from './facts-of.js';

const only = (text: string, publishedAt: string | null = '2020-07-22') => {
  const facts = factsOf(text, publishedAt);
  expect(facts).toHaveLength(1);
  return facts[0]!;
};

describe('DiplomatsExpelled (CAMEO 166)', () => {
  it('given an active expulsion with a count, when extracted, then actor, target and count are read', () => {
    const f = only('Britain expelled 23 Russian diplomats on Wednesday.', '2018-03-14');
    expect(f.type).toBe('DiplomatsExpelled');
    expect(f.values).toMatchObject({ actor: { country: 'GBR' }, target: { country: 'RUS' }, counts: { change: 23 }, cameo: '166' });
    expect(f.values.validTime.occurredOn).toEqual({ value: '2018-03-14', precision: 'day' });
  });

  it('given the passive voice and a number in words, when extracted, then the agent after "by" is the actor', () => {
    const f = only('Thirty-five Russian diplomats were expelled by the United States.');
    expect(f.values).toMatchObject({ actor: { country: 'USA' }, target: { country: 'RUS' }, counts: { change: 35, approximate: false } });
  });

  it('given "declared persona non grata" and "ordered to leave", when extracted, then both are expulsions', () => {
    expect(briefsOf('Germany declared 40 Russian diplomats persona non grata.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'DEU', target: 'RUS', modality: 'enacted' }]);
    expect(briefsOf('Moscow ordered 20 Czech diplomats to leave Russia.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'RUS', target: 'CZE', modality: 'ordered' }]);
  });
});

describe('StaffReductionOrdered (CAMEO 161)', () => {
  it('given a cut from one figure to another, when extracted, then from, to and change are read', () => {
    const f = only('The State Department ordered Chinese state media outlets to cut their US-based staff from 160 to 100.');
    expect(f.values).toMatchObject({ actor: { country: 'USA' }, target: { country: 'CHN' }, modality: 'ordered', cameo: '161' });
    expect(f.values.counts).toEqual({ from: 160, to: 100, change: 60, approximate: false });
  });

  it('given staff ordered to leave and a headcount "more than a thousand", when extracted, then the figure stays approximate', () => {
    const f = only('More than 1,000 people were working at the US embassy, and 755 people must stop their activities, Putin said.');
    expect(f.type).toBe('StaffReductionOrdered');
    expect(f.values.counts).toEqual({ from: 1000, to: null, change: 755, approximate: true });
  });
});

describe('ConsulateClosed (CAMEO 161)', () => {
  it('given an order to close a named consulate, when extracted, then the place carries its facility and the deadline is read', () => {
    const f = only('The United States on Tuesday ordered China to close its consulate in Houston within 72 hours.');
    expect(f.values).toMatchObject({ actor: { country: 'USA' }, target: { country: 'CHN' }, modality: 'ordered' });
    expect(f.values.places).toEqual([{ name: 'Houston', country: 'USA', facility: 'consulate' }]);
    expect(f.values.validTime).toEqual({ occurredOn: { value: '2020-07-21', precision: 'day' }, effectiveOn: { value: '2020-07-24', precision: 'day' } });
  });

  it('given a closure of one\'s own mission, when extracted, then the host country is the target', () => {
    expect(briefsOf('The US said it would suspend operations at its consulates in Yekaterinburg and Vladivostok.')).toEqual([
      { type: 'ConsulateClosed', actor: 'USA', target: 'RUS', modality: 'announced' },
    ]);
  });

  it('given a routine or adjectival "close", when extracted, then nothing is reported', () => {
    expect(briefsOf("The embassy's closure for the Christmas holidays will last until January 2.")).toEqual([]);
    expect(briefsOf('Russia and China remain close allies, the Chinese embassy said.')).toEqual([]);
  });
});

describe('DiplomaticPropertySeized (CAMEO 1711)', () => {
  it('given diplomats made to leave compounds, when extracted, then it is a seizure with both places', () => {
    const f = only('Former President Barack Obama made Russian diplomats leave diplomatic compounds in Maryland and New York.', null);
    expect(f.type).toBe('DiplomaticPropertySeized');
    expect(f.values.cameo).toBe('1711');
    expect(f.values.places.map((p) => [p.name, p.facility])).toEqual([['Maryland', 'compound'], ['New York', 'compound']]);
  });

  it('given an unlisted place after a facility, when extracted, then it is kept with the country of its neighbour', () => {
    const f = only("Russia has banned US diplomats from this dacha at Serebryany Bor on Moscow's outskirts", null);
    expect(f.values.places).toEqual([{ name: 'Serebryany Bor', country: 'RUS', facility: 'dacha' }]);
  });
});

describe('SanctionsEnacted (CAMEO 163)', () => {
  it('given sanctions on several countries, when extracted, then there is one fact per target', () => {
    expect(briefsOf('The Senate voted to impose new sanctions on Iran and Russia.').map((b) => b.target)).toEqual(['IRN', 'RUS']);
  });

  it('given lifted sanctions, then they are eased, not enacted; sanctions on no one named give nothing', () => {
    expect(briefsOf('President Trump only lifted sanctions on Russia.')).toEqual([{ type: 'SanctionsEased', actor: 'USA', target: 'RUS', modality: 'enacted' }]);
    expect(briefsOf('President Donald Trump signed the sanctions bill into law.')).toEqual([]);
  });
});

describe('EmbassyStaffRecalled and AmbassadorSummoned', () => {
  it('given a recall, when extracted, then the host named after "from" or "to" is the target', () => {
    expect(briefsOf('Saudi Arabia recalled its ambassador from Canada.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'SAU', target: 'CAN', modality: 'enacted' }]);
    expect(briefsOf('The ambassador recalled his first posting in Moscow.')).toEqual([]);
  });

  it('given a summons in the passive voice, when extracted, then the ministry summoning is the actor', () => {
    expect(briefsOf('The British ambassador was summoned to the Russian foreign ministry.')).toEqual([{ type: 'AmbassadorSummoned', actor: 'RUS', target: 'GBR', modality: 'enacted' }]);
  });
});

describe('DiplomaticRelationsSuspended, talks, TreatyExtensionDeclined', () => {
  it('given several countries cutting ties, when extracted, then each is an actor', () => {
    expect(briefsOf('Saudi Arabia, Egypt and Bahrain cut diplomatic ties with Qatar.').map((b) => `${b.actor}>${b.target}`)).toEqual(['SAU>QAT', 'EGY>QAT', 'BHR>QAT']);
    expect(briefsOf('Saudi Arabia, Egypt and Bahrain cut diplomatic ties with Qatar.').map((b) => b.type)).not.toContain('DiplomaticRelationsRestored');
  });

  it('given a meeting or talks, when extracted, then no fact: meetings are no step in relations for the real labels', () => {
    expect(briefsOf('Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva.')).toEqual([]);
  });

  it('given a declined extension, when extracted, then the decliner acts against the other party; an agreed one is no fact', () => {
    const f = only('Washington rejected Moscow\'s offer to extend the New START treaty by one year.');
    expect(f.values).toMatchObject({ actor: { country: 'USA' }, target: { country: 'RUS' }, detail: 'New START', cameo: '127' });
    expect(briefsOf('Biden and Putin agreed to extend New START for five years.')).toEqual([]);
  });
});

describe('the steps added for real news', () => {
  it('given high-level exchanges suspended, then HighLevelContactsSuspended; a bare "cut contact" is not', () => {
    expect(briefsOf('Beijing suspended all high-level exchanges with Tokyo.')).toEqual([{ type: 'HighLevelContactsSuspended', actor: 'CHN', target: 'JPN', modality: 'enacted' }]);
    expect(briefsOf('The minister cut contact with reporters.')).toEqual([]);
    expect(briefsOf('Canada cut off all high-level ties with Iran.')).toEqual([{ type: 'HighLevelContactsSuspended', actor: 'CAN', target: 'IRN', modality: 'enacted' }]);
  });

  it('given diplomatic ties downgraded, then DiplomaticRelationsDowngraded', () => {
    expect(briefsOf('Lithuania downgraded diplomatic relations with China.')).toEqual([{ type: 'DiplomaticRelationsDowngraded', actor: 'LTU', target: 'CHN', modality: 'enacted' }]);
  });

  it('given one\'s own envoy ordered home, then EmbassyStaffRecalled', () => {
    expect(briefsOf('Mexico ordered its envoy home from Lima.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'MEX', target: 'PER', modality: 'enacted' }]);
  });

  it('given all diplomats called back, then EmbassyStaffRecalled', () => {
    expect(briefsOf('Ukraine called back all its diplomats from Belarus.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'UKR', target: 'BLR', modality: 'enacted' }]);
  });

  it('given a diplomat detained by a state, then DiplomatsDetained; embassy staff kidnapped by gunmen are no act of a state', () => {
    expect(briefsOf('Iranian police detained a British diplomat in Tehran.')).toEqual([{ type: 'DiplomatsDetained', actor: 'IRN', target: 'GBR', modality: 'enacted' }]);
    expect(briefsOf('Gunmen kidnapped two Tunisian diplomats in Libya.')).toEqual([]);
  });

  it('given travel limits on diplomats, a ban on hiring local staff and institutions closed, then each its own type', () => {
    expect(briefsOf('Beijing restricted the travel of Canadian diplomats.')).toEqual([{ type: 'DiplomatTravelRestricted', actor: 'CHN', target: 'CAN', modality: 'enacted' }]);
    expect(briefsOf('Moscow prohibited the Czech embassy from employing local residents.')).toEqual([{ type: 'LocalStaffHiringBanned', actor: 'RUS', target: 'CZE', modality: 'enacted' }]);
    expect(briefsOf('Russia shut the Polish cultural centre in Moscow.')).toEqual([{ type: 'InstitutionsClosed', actor: 'RUS', target: 'POL', modality: 'enacted' }]);
    expect(briefsOf('The council restricted parking near the city centre.')).toEqual([]);
  });

  it('given sanctions lifted or eased, then SanctionsEased; evading them is no step', () => {
    expect(briefsOf('Washington lifted sanctions on Sudan.')).toEqual([{ type: 'SanctionsEased', actor: 'USA', target: 'SDN', modality: 'enacted' }]);
    expect(briefsOf('Traders evaded sanctions on Iran.')).toEqual([]);
  });

  it('given imports banned or trade suspended, then sanctions; people barred from entering, an entry ban', () => {
    expect(briefsOf('Russia banned all Georgian wine imports.')).toEqual([{ type: 'SanctionsEnacted', actor: 'RUS', target: 'GEO', modality: 'enacted' }]);
    expect(briefsOf('China barred ten Lithuanian officials from entering the country.')).toEqual([{ type: 'EntryBanImposed', actor: 'CHN', target: 'LTU', modality: 'enacted' }]);
  });
});
