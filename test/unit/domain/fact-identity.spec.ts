import { factIdFor, factKeyOfValues } from '../../../src/domain/facts/fact-identity.js';
import { staffCut } from './fact-fixtures.js';

const day = (value: string) => ({ value, precision: 'day' as const });

describe('fact identity', () => {
  it('given type, countries, modality and valid time, when named, then the id is readable and URL-safe', () => {
    const id = factIdFor({ type: 'DiplomatsExpelled', actor: 'USA', target: 'RUS', modality: 'enacted', validOn: day('2016-12-29') });
    expect(id).toBe('fact-diplomats-expelled-usa-rus-2016-12');
    expect(encodeURIComponent(id)).toBe(id);
  });

  it("given Lavrov's proposal and Putin's rejection of one expulsion, when named, then they are two facts", () => {
    const key = { type: 'DiplomatsExpelled' as const, actor: 'RUS', target: 'USA', validOn: day('2016-12-30') };
    expect(factIdFor({ ...key, modality: 'proposed' })).toBe('fact-diplomats-expelled-rus-usa-proposed-2016-12');
    expect(factIdFor({ ...key, modality: 'denied' })).toBe('fact-diplomats-expelled-rus-usa-rejected-2016-12');
  });

  it('given an act asserted, announced or ordered, when named, then it is one fact', () => {
    const key = { type: 'StaffReductionOrdered' as const, actor: 'RUS', target: 'USA', validOn: day('2017-07-30') };
    const ids = (['enacted', 'announced', 'ordered'] as const).map((modality) => factIdFor({ ...key, modality }));
    expect(new Set(ids)).toEqual(new Set(['fact-staff-reduction-ordered-rus-usa-2017-07']));
  });

  it('given two reports a day apart in one month, when named, then they share the fact, so they can dispute', () => {
    const key = { type: 'StaffReductionOrdered' as const, actor: 'RUS', target: 'USA', modality: 'ordered' as const };
    expect(factIdFor({ ...key, validOn: day('2017-07-30') })).toBe(factIdFor({ ...key, validOn: day('2017-07-31') }));
    expect(factIdFor({ ...key, validOn: null })).toBe('fact-staff-reduction-ordered-rus-usa-undated');
  });

  it('given values without an occurrence date, when keyed, then the effective date stands in', () => {
    const values = staffCut({ validTime: { occurredOn: null, effectiveOn: day('2017-09-01') } });
    expect(factIdFor(factKeyOfValues('StaffReductionOrdered', values))).toBe('fact-staff-reduction-ordered-rus-usa-2017-09');
  });
});
