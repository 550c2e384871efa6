import { factsOf } from './facts-of.js';

const countsOf = (text: string) => factsOf(text).map((f) => f.values.counts);

describe('counts', () => {
  it('given a figure in words, then it is read as a number', () => {
    expect(countsOf('Slovakia expelled three Russian diplomats.')).toEqual([{ from: null, to: null, change: 3, approximate: false }]);
    expect(countsOf('Latvia expelled twenty-one Belarusian diplomats.')).toEqual([{ from: null, to: null, change: 21, approximate: false }]);
  });

  it('given an approximation, then the figure is marked approximate', () => {
    expect(countsOf('Kuwait expelled about 15 Iranian diplomats.')).toEqual([{ from: null, to: null, change: 15, approximate: true }]);
  });

  it('given a total of people declared persona non grata, then the total is the count', () => {
    expect(countsOf('A total of 12 employees of the Swedish embassy were declared persona non grata by Norway.')).toEqual([{ from: null, to: null, change: 12, approximate: false }]);
  });

  it('given diplomats "and their dependents", then only the diplomats are counted', () => {
    expect(countsOf('Hungary ordered the 8 Ukrainian diplomats and their families to leave.')).toEqual([{ from: null, to: null, change: 8, approximate: false }]);
  });

  it('given "all but N", then N is who stays, not who is expelled', () => {
    expect(countsOf('Czechia expelled all but five Russian diplomats.')).toEqual([{ from: null, to: 5, change: null, approximate: false }]);
  });

  it('given an increment and a running total, then the fact counts the increment', () => {
    expect(countsOf('Denmark expelled two more Russian diplomats, bringing the total expelled to seven.')).toEqual([{ from: null, to: null, change: 2, approximate: false }]);
  });

  it('given single persons listed, then each counts once', () => {
    expect(countsOf("Bolivia declared Spain's charge d'affaires and consul persona non grata.")).toEqual([{ from: null, to: null, change: 2, approximate: false }]);
    expect(countsOf('Bolivia declared the Mexican ambassador and the Spanish consul persona non grata.').map((c) => c?.change ?? null)).not.toContain(2);
  });

  it('given people added to a sanctions list, then they are the count', () => {
    expect(countsOf('Canada added 9 Russian officials to its sanctions list.')).toEqual([{ from: null, to: null, change: 9, approximate: false }]);
  });
});

describe('a part of a whole', () => {
  it('given "N of the M staff" cut, when extracted, then N is the cut and M the headcount before it', () => {
    const f = factsOf('Oslo ordered Moscow to cut 40 of the 120 embassy staff in Norway.', '2019-05-01').find((x) => x.type === 'StaffReductionOrdered');
    expect(f?.values.counts).toEqual({ from: 120, to: 80, change: 40, approximate: false });
  });

  it('given "N of the M diplomats" expelled, when extracted, then N are expelled', () => {
    expect(factsOf('Norway expelled four of the 15 Russian diplomats.', '2019-05-01')[0]?.values.counts?.change).toBe(4);
  });
});

describe('single persons listed with their names', () => {
  it('given an ambassador named with his title and a hyphenated consul-general recalled, when extracted, then two are counted', () => {
    const f = factsOf('Both Ambassador Lars Berg in Helsinki and the consul-general in Turku will be recalled by Sweden.', '2019-05-01')[0];
    expect(f?.values.counts?.change).toBe(2);
  });
});

describe('counts broken down by state', () => {
  const perState = (text: string): [string, string, number | null | undefined][] =>
    factsOf(text).map((f) => [f.values.actor.country ?? '-', f.values.target.country ?? '-', f.values.counts?.change]);

  it('given people counted "of" each state, then each state is a target with its own count', () => {
    expect(perState('Norway expelled five diplomats of Sweden, two of Denmark and one of Finland.')).toEqual([
      ['NOR', 'SWE', 5],
      ['NOR', 'DNK', 2],
      ['NOR', 'FIN', 1],
    ]);
  });

  it('given a passive order to leave with the breakdown before it, then the country left acts on each state', () => {
    expect(perState('Three diplomats of Sweden and two of Denmark were ordered to leave Norway.')).toEqual([
      ['NOR', 'SWE', 3],
      ['NOR', 'DNK', 2],
    ]);
  });

  it('given figures before demonyms, then each nationality gets its figure', () => {
    expect(perState('Norway expelled two Swedish, one Danish and four Finnish diplomats.').sort()).toEqual([
      ['NOR', 'DNK', 1],
      ['NOR', 'FIN', 4],
      ['NOR', 'SWE', 2],
    ]);
  });

  it('given a single state with a figure, then the usual count stands', () => {
    expect(perState('Norway expelled five Swedish diplomats.')).toEqual([['NOR', 'SWE', 5]]);
  });
});

describe('a total over unnamed states, broken down later', () => {
  it('given an act on "the three states" followed by its breakdown by name, then only the named acts remain, each with its own figure', () => {
    const text = 'Norway said it is expelling a total of 9 diplomats of the three Nordic states. Four diplomats of Sweden, three of Denmark and two of Finland were ordered to leave Norway.';
    expect(factsOf(text).map((f) => [f.values.target.country, f.values.counts?.change])).toEqual([
      ['SWE', 4],
      ['DNK', 3],
      ['FIN', 2],
    ]);
  });
});

describe('single persons of several states', () => {
  it('given envoys of two states listed as the people made to leave, then each state counts its own', () => {
    const facts = factsOf('Norway said the Swedish ambassador, the Danish chargé d’affaires and the Danish consul were all ordered to leave the country within 48 hours.');
    expect(facts.map((f) => [f.values.target.country, f.values.counts?.change])).toEqual([
      ['SWE', 1],
      ['DNK', 2],
    ]);
  });
});

describe('the progressive of a sanctioning verb', () => {
  it('given "was sanctioning four officials", then the subject sanctions and the officials are counted', () => {
    const facts = factsOf('Norway announced on Monday that it was sanctioning four Swedish officials.');
    expect(facts.map((f) => [f.values.actor.country, f.values.target.country, f.values.counts?.change])).toEqual([['NOR', 'SWE', 4]]);
  });
});
