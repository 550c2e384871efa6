import { briefsOf, factsOf } from './facts-of.js';

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

describe('attribution in coordinated and listed wording', () => {
  it('given "condemned X and recalled", when extracted, then the one condemning recalls, not the one condemned', () => {
    expect(briefsOf("Ghana's newly elected government has condemned Togo and recalled its ambassador.", '2020-09-01')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'GHA', target: 'TGO', modality: 'enacted' }]);
  });

  it('given a comma list of three names whose last joint is lost, when extracted, then each is a target', () => {
    const targets = briefsOf('Minsk ordered the diplomatic staff from Poland, Latvia, Estonia, the Baltic Statelets and Lithuania to leave Belarus.', '2021-05-25').map((b) => b.target);
    expect(targets).toEqual(expect.arrayContaining(['POL', 'LVA', 'EST']));
  });

  it('given a name written with its accents, when extracted, then it is the same state', () => {
    expect(briefsOf('Panamá recalled its ambassador from Perú.', '2020-09-01')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'PAN', target: 'PER', modality: 'enacted' }]);
  });

  it('given a list of states with describing words before the last, when extracted, then every one acts', () => {
    const actors = briefsOf('Kenya, Uganda, and the newly formed government of South Sudan sever diplomatic ties with Eritrea.', '2020-09-01').map((b) => b.actor);
    expect(actors).toEqual(['KEN', 'UGA', 'SSD']);
  });

  it('given one act with a named counterpart and another reported with it, when extracted, then both answer the same counterpart', () => {
    const recall = briefsOf('Ghana cuts diplomatic ties with Mali as Togo and Benin recall their ambassadors.', '2020-09-01').filter((b) => b.type === 'EmbassyStaffRecalled');
    expect(recall.map((b) => `${b.actor}>${b.target}`)).toEqual(['TGO>MLI', 'BEN>MLI']);
  });

  it('given a leader severing his state\'s relations by name, when extracted, then the state severs them', () => {
    expect(briefsOf("President Juan Perez severed Uruguay's diplomatic relations with Paraguay on Friday.", '2020-09-01')).toEqual([{ type: 'DiplomaticRelationsSuspended', actor: 'URY', target: 'PRY', modality: 'enacted' }]);
  });

  it('given a state said to be expelled from a body, when extracted, then no diplomats were expelled', () => {
    expect(briefsOf('Accra accused Lome of plotting to have Ghana expelled from the African Union.', '2020-09-01')).toEqual([]);
  });
});

describe('datelines and missions whose owner goes unsaid', () => {
  it('given a dateline city and a mission reopened in another state, then the host state is the counterpart, not the dateline', () => {
    expect(briefsOf('OSLO (Reuters) - Sweden reopened two diplomatic missions in Denmark on Monday.')).toEqual([
      { type: 'MissionReopened', actor: 'SWE', target: 'DNK', modality: 'enacted' },
    ]);
  });
});

describe('headlines in title case', () => {
  it('given a title-case headline, then the verb of the act ends the name before it and the sides stay apart', () => {
    expect(briefsOf('Norwegian Foreign Ministry Summons Swedish Ambassador Over Border Incident')).toEqual([
      { type: 'AmbassadorSummoned', actor: 'NOR', target: 'SWE', modality: 'enacted' },
    ]);
  });
});

describe("another state's envoy told not to come back", () => {
  it('given a state deciding that the other state\'s ambassador may not return, then his departure is ordered', () => {
    expect(briefsOf('Norway has decided that the Swedish ambassador, now visiting Stockholm, may not return for the time being.')).toContainEqual({
      type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'ordered',
    });
  });

  it('given a state telling another not to send its ambassador back, then the departure is ordered of that state', () => {
    expect(briefsOf('Norway told Sweden not to send back its ambassador.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'ordered' }]);
  });

  it('given an ambassador saying he will not return to his desk, then nothing is ordered', () => {
    expect(briefsOf('The Norwegian ambassador said he would not return to his desk until Monday.')).toEqual([]);
  });
});
