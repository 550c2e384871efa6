import { briefsOf } from './facts-of.js';

describe('modality', () => {
  it.each([
    ['Britain expelled 23 Russian diplomats.', 'enacted'],
    ['Britain will expel 23 Russian diplomats.', 'announced'],
    ['Britain said it was expelling 23 Russian diplomats.', 'announced'],
    ['Moscow ordered 20 Czech diplomats to leave Russia.', 'ordered'],
    ['Lavrov recommended expelling 35 US diplomats.', 'proposed'],
    ['Moscow has threatened to expel British diplomats.', 'threatened'],
    ['If Russia is found responsible, Britain could expel Russian diplomats.', 'threatened'],
    ['Washington has not expelled any Chinese diplomats.', 'negated'],
    ['Washington did not expel any Chinese diplomats, officials said.', 'negated'],
    ['No Russian diplomats were expelled from Ireland.', 'negated'],
    ['Italy refused to expel Russian diplomats.', 'denied'],
  ])('given "%s", when extracted, then the expulsion is %s', (text, modality) => {
    expect(briefsOf(text).filter((b) => b.type === 'DiplomatsExpelled').map((b) => b.modality)).toEqual([modality]);
  });

  it('given a modal before two coordinated acts, when extracted, then both share it', () => {
    expect(briefsOf('Britain could expel Russian diplomats and impose sanctions on Russia.').map((b) => b.modality)).toEqual(['threatened', 'threatened']);
  });

  it('given an act proposed then rejected, when extracted, then the rejection is its own fact by whoever rejects', () => {
    expect(briefsOf('Foreign Minister Sergei Lavrov recommended expelling 35 US diplomats. President Vladimir Putin rejected the proposal.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'RUS', target: 'USA', modality: 'proposed' },
      { type: 'DiplomatsExpelled', actor: 'RUS', target: 'USA', modality: 'denied' },
    ]);
  });

  it('given a negation inside a relative clause or a name like "May", when extracted, then it does not frame the act', () => {
    expect(briefsOf('The State Department told Syrian diplomats who are not US residents to leave the country.').map((b) => b.modality)).toEqual(['ordered']);
    expect(briefsOf('Prime Minister Theresa May said Britain expelled 23 Russian diplomats.', '2018-03-14').map((b) => b.modality)).toEqual(['enacted']);
  });
});
