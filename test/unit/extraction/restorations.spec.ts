import { briefsOf, factsOf } from './facts-of.js';

/** Rules for steps back: ties restored, missions reopened, measures lifted. Sentences are our own. */
describe('DiplomaticRelationsRestored (CAMEO 064)', () => {
  it('given two states resuming ties together, when extracted, then each restores ties with the other', () => {
    expect(briefsOf('Norway and Iceland resumed full diplomatic relations on Monday.', '2019-04-01')).toEqual([
      { type: 'DiplomaticRelationsRestored', actor: 'NOR', target: 'ISL', modality: 'enacted' },
      { type: 'DiplomaticRelationsRestored', actor: 'ISL', target: 'NOR', modality: 'enacted' },
    ]);
  });

  it('given a hyphenated "re-establish" or "normalize ties with", when extracted, then the ties are restored with the named state', () => {
    expect(briefsOf('Chile will re-establish diplomatic ties with Bolivia.', '2019-04-01')).toEqual([{ type: 'DiplomaticRelationsRestored', actor: 'CHL', target: 'BOL', modality: 'announced' }]);
    expect(briefsOf('Sweden agreed to normalize ties with Belarus.', '2019-04-01').map((b) => `${b.actor}>${b.target}`)).toEqual(['SWE>BLR']);
  });

  it('given ties established for the first time or only hoped for, when extracted, then nothing happened', () => {
    expect(briefsOf('Norway established diplomatic relations with Palau.', '2019-04-01')).toEqual([]);
    expect(briefsOf('Norway hopes to restore relations with Iceland.', '2019-04-01').map((b) => b.modality)).toEqual(['hypothetical']);
  });
});

describe('MissionReopened (CAMEO 064)', () => {
  it('given a state reopening its own embassy abroad, when extracted, then the host is the target', () => {
    expect(briefsOf('Denmark reopened its embassy in Kyiv on Tuesday.', '2022-05-03')).toEqual([{ type: 'MissionReopened', actor: 'DNK', target: 'UKR', modality: 'enacted' }]);
  });

  it('given a reopened restaurant, when extracted, then no mission reopened', () => {
    expect(briefsOf('Denmark reopened its restaurants in Copenhagen.', '2022-05-03')).toEqual([]);
  });
});

describe('SanctionsEased (CAMEO 081) beyond named sanctions', () => {
  it('given limits or an embargo lifted, when extracted, then the state whose goods or trade they held is the target', () => {
    expect(briefsOf('Japan lifts its limits on Peruvian fruit imports.', '2019-04-01')).toEqual([{ type: 'SanctionsEased', actor: 'JPN', target: 'PER', modality: 'enacted' }]);
    expect(briefsOf('The EU lifted its arms embargo on Libya.', '2019-04-01').map((b) => `${b.type}:${b.target}`)).toEqual(['SanctionsEased:LBY']);
  });

  it('given the removal of restrictions on its own citizens trading with another state, when extracted, then the other state is the target', () => {
    expect(briefsOf('Canada announced the removal of restrictions on Canadians doing business with Cuba.', '2019-04-01').map((b) => `${b.actor}>${b.target}`)).toEqual(['CAN>CUB']);
  });

  it('given restrictions lifted on contacts with another government, when extracted, then no measure against it was eased', () => {
    expect(briefsOf('Canada lifted restrictions on contacts with Taiwan by its officials.', '2021-01-10').filter((b) => b.type === 'SanctionsEased')).toEqual([]);
  });

  it('given talks about lifting an embargo, when extracted, then the easing is only proposed', () => {
    const facts = factsOf('Talks to lift the embargo on Cuba will begin, the United States said.', '2019-04-01');
    expect(facts.every((f) => f.values.modality !== 'enacted' && f.values.modality !== 'announced')).toBe(true);
  });
});
