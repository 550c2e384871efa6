import { factIdOf, identityKeyOf, identityStreamId, monthKeyedFactId, monthKeyedPrefix } from '../../../src/domain/facts/fact-identity.js';
import { partyKey } from '../../../src/domain/facts/party-key.js';
import { typeFamily } from '../../../src/domain/facts/type-family.js';
import { staffCut } from './fact-fixtures.js';

const day = (value: string) => ({ value, precision: 'day' as const });

describe('fact identity', () => {
  it('given a unique id, when a fact is named, then the id says nothing about the fact but keeps the fact- prefix', () => {
    expect(factIdOf('0190a8f2-5c3e-7b1d-9a4e-2f6b8c1d0e3a')).toBe('fact-0190a8f2-5c3e-7b1d-9a4e-2f6b8c1d0e3a');
  });

  it('given two reports between the same countries in one family, when keyed, then they share one identity stream outside the fact- prefix', () => {
    const key = identityKeyOf('StaffReductionOrdered', staffCut());
    expect(key).toEqual({ family: 'StaffReductionOrdered', actor: 'rus', target: 'usa' });
    expect(identityStreamId(key)).toBe('identity-staff-reduction-ordered-rus-usa');
    expect(identityStreamId(key).startsWith('fact-')).toBe(false);
  });

  it('given a bloc without a country, when keyed, then its name is its key and it differs from any country', () => {
    expect(partyKey({ country: null, organisation: 'European Union' })).toBe('org.european.union');
    expect(partyKey({ country: 'USA', organisation: null })).toBe('usa');
  });

  it('given a type no family lists, when grouped, then it is its own family', () => {
    expect(typeFamily('ConsulateClosed')).toBe('ConsulateClosed');
  });

  it("given Lavrov's proposal and Putin's rejection of one expulsion, when month-keyed as curated records are, then two keys", () => {
    const key = { type: 'DiplomatsExpelled' as const, actor: 'RUS', target: 'USA', validOn: day('2016-12-30') };
    expect(monthKeyedFactId({ ...key, modality: 'proposed' })).toBe('fact-diplomats-expelled-rus-usa-proposed-2016-12');
    expect(monthKeyedFactId({ ...key, modality: 'ordered' })).toBe('fact-diplomats-expelled-rus-usa-2016-12');
    expect(monthKeyedFactId({ ...key, modality: 'ordered' }).startsWith(monthKeyedPrefix('DiplomatsExpelled', 'RUS', 'USA'))).toBe(true);
  });
});
