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
