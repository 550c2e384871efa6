import { briefsOf } from './facts-of.js';

const statusOf = (text: string): string[] => briefsOf(text).map((b) => b.modality);

describe('status of a fact: only what happened is enacted, ordered or announced', () => {
  it('given a draft resolution that a permanent member vetoed, then the sanctions are vetoed', () => {
    expect(statusOf('China vetoed a draft resolution that would have imposed sanctions on Myanmar.')).toEqual(['vetoed']);
  });

  it('given a bill passed by one chamber only, then the sanctions passed one chamber', () => {
    expect(statusOf('The US Senate approved a bill imposing new sanctions on Iran.')).toEqual(['passed-one-chamber']);
  });

  it('given a threat, then the act is threatened', () => {
    expect(statusOf('Ankara threatened to expel the Dutch ambassador.')).toEqual(['threatened']);
  });

  it('given a demand or an urging, then the act is demanded', () => {
    expect(statusOf('Lithuania urged Belarus to close its embassy in Vilnius.')).toEqual(['demanded']);
    expect(statusOf('Opposition lawmakers called for the expulsion of the Iranian ambassador from Canada.')).toEqual(['demanded']);
  });

  it('given a denial, then the act is denied', () => {
    expect(statusOf('Austria denied that it had expelled Russian diplomats.')).toEqual(['denied']);
    expect(statusOf('Vienna refuted claims that it expelled two Russian diplomats.')).toEqual(['denied']);
  });

  it('given a negation, then the act is negated', () => {
    expect(statusOf('Italy has not expelled any Russian diplomats.')).toEqual(['negated']);
    expect(statusOf('Canada stopped short of cutting diplomatic ties with India.')).toEqual(['negated']);
  });

  it('given a future act on a condition, then it is hypothetical', () => {
    expect(statusOf('Norway will recall its ambassador from Sweden if the talks fail.')).toEqual(['hypothetical']);
  });

  it('given a done act, a reported order and an announced plan, then they happened', () => {
    expect(statusOf('Poland expelled 45 Russian diplomats.')).toEqual(['enacted']);
    expect(statusOf('Peru ordered the Mexican ambassador to leave within 72 hours.')).toEqual(['ordered']);
    expect(statusOf('Japan said it would recall its ambassador to South Korea.')).toEqual(['announced']);
  });
});

describe('status cues for acts only talked about, favoured, foreseen or denied at a distance', () => {
  it('given ministers in favour of sanctions, when extracted, then the sanctions are proposed', () => {
    expect(briefsOf('Italy and Spain said they were in favour of imposing new sanctions on Belarus.', '2020-09-01').map((b) => b.modality)).toEqual(['proposed', 'proposed']);
  });

  it('given a closure foreseen as a consequence, when extracted, then it is hypothetical', () => {
    const modalities = briefsOf('Officials warned that a recall of the envoy would likely result in the closure of the Dutch embassy in Oslo.', '2020-09-01').map((b) => b.modality);
    expect(modalities).not.toContain('enacted');
    expect(modalities).not.toContain('announced');
  });

  it('given a spokesman denying reports far before the act they state, when extracted, then the act is denied', () => {
    const facts = briefsOf('The spokesman of the Foreign Ministry of Norway told journalists on Friday, dismissing reports in several Swedish newspapers claiming that the ambassador of Norway in Stockholm had been recalled from Sweden.', '2020-09-01');
    expect(facts.map((b) => b.modality)).toEqual(['denied']);
  });
});

describe('status cues for hedged, attempted, conditional and merely proposed acts', () => {
  const happened = (m: string): boolean => m === 'enacted' || m === 'ordered' || m === 'announced';
  const statuses = (text: string): string[] => briefsOf(text, '2020-09-01').map((b) => b.modality);

  it('given a hedge before the act, then it is hypothetical', () => {
    expect(statuses('Perhaps Norway will expel the Swedish ambassador.')).toEqual(['hypothetical']);
    expect(statuses('Finland discussed the possible expulsion of Estonian diplomats.').some(happened)).toBe(false);
  });

  it('given a scale of measures that reaches the act, then it is threatened', () => {
    expect(statuses('Norway said it would answer any meddling with measures up to declaring Danish diplomats persona non grata.')).toEqual(['threatened']);
    expect(statuses('Norway expelled up to 20 Danish diplomats.')).toEqual(['enacted']);
  });

  it('given an attempt or a measure being weighed, then it is proposed', () => {
    expect(statuses('Austria tried to impose sanctions on Hungary.')).toEqual(['proposed']);
    expect(statuses('Chile and Peru weigh new sanctions on Bolivia.').every((m) => m === 'proposed')).toBe(true);
  });

  it('given a sentence that opens with a condition, then the act in its main clause is hypothetical', () => {
    expect(statuses('If Oslo keeps provoking its neighbour, Sweden will declare the Norwegian ambassador persona non grata.')).toEqual(['hypothetical']);
  });

  it('given a motion or a petition whose infinitive is the act, however far, then it is proposed', () => {
    expect(statuses('A motion tabled by four opposition members of the lower chamber of the Danish parliament to expel the Norwegian ambassador goes to a vote.')).toEqual(['proposed']);
  });

  it('given the same acts stated plainly, then they happened', () => {
    expect(statuses('Norway expelled the Swedish ambassador.')).toEqual(['enacted']);
    expect(statuses('Austria imposed sanctions on Hungary.')).toEqual(['enacted']);
  });
});

describe('status cues that reach further, or that are the act itself', () => {
  const statuses = (text: string): string[] => briefsOf(text, '2020-09-01').map((b) => b.modality);

  it('given an act named among measures being considered, then it shares their framing', () => {
    expect(statuses('Norway said several answers would be considered against Sweden if the broadcasts went on, including the expulsion of the Swedish ambassador.')).not.toContain('enacted');
  });

  it('given a state that considers an envoy persona non grata, then that is the declaration', () => {
    expect(statuses('Norway considers the Swedish ambassador persona non grata.')).toEqual(['enacted']);
  });
});

describe('an act named as the subject of a counterfactual', () => {
  it('given "the expulsions would have been", then they did not happen', () => {
    const modalities = briefsOf('Diplomats said the expulsion of the Swedish ambassador from Norway would have been unprecedented.', '2020-09-01').map((b) => b.modality);
    expect(modalities.filter((m) => m === 'enacted' || m === 'announced')).toEqual([]);
  });
});
