import type { FactEventType, FactValues } from '../../../src/domain/facts/fact-events.js';
import type { PartialDate } from '../../../src/domain/shared/partial-date.js';
import type { FactSnapshot } from '../../../src/projections/facts/facts.reader.js';
import { relationsState } from '../../../src/projections/relations/relations-state.js';

const day = (value: string): PartialDate => ({ value, precision: 'day' });

function fact(factId: string, type: FactEventType, overrides: Partial<FactValues>, status: FactSnapshot['status'] = 'supported'): FactSnapshot {
  return {
    factId,
    type,
    documentCount: 1,
    status,
    values: {
      actor: { country: 'USA', organisation: null, name: null },
      target: { country: 'RUS', organisation: null, name: null },
      counts: null,
      places: [],
      validTime: { occurredOn: null, effectiveOn: null },
      modality: 'ordered',
      cameo: null,
      detail: null,
      ...overrides,
    },
  };
}

const closure = fact('closure', 'ConsulateClosed', {
  places: [{ name: 'San Francisco', country: 'USA', facility: 'consulate-general' }],
  validTime: { occurredOn: day('2017-08-31'), effectiveOn: day('2017-09-02') },
});

describe('state of relations', () => {
  it('given a closure ordered later, when asked before the order, then the mission is open and nothing is pending', () => {
    const [russia] = relationsState(['RUS', 'USA'], '2017-08-15', [closure]).sides;
    expect(russia.missions).toEqual([
      { place: 'San Francisco', facility: 'consulate-general', status: 'open', since: null, closure: null, factIds: ['closure'] },
    ]);
  });

  it('given a closure ordered but not yet effective, then the mission is open with the closure pending', () => {
    const [russia] = relationsState(['RUS', 'USA'], '2017-09-01', [closure]).sides;
    expect(russia.missions[0]).toMatchObject({ status: 'open', closure: { status: 'pending', by: 'USA', effectiveOn: day('2017-09-02') } });
  });

  it('given the effective date passed, then the mission is closed since that date', () => {
    const [russia] = relationsState(['RUS', 'USA'], '2017-09-02', [closure]).sides;
    expect(russia.missions[0]).toMatchObject({ status: 'closed', since: day('2017-09-02'), closure: null });
  });

  it('given two reports of one cap with compatible dates, then they merge into one, as precise as the finer', () => {
    const cap = (id: string, effectiveOn: PartialDate) =>
      fact(id, 'StaffReductionOrdered', {
        actor: { country: 'RUS', organisation: null, name: null },
        target: { country: 'USA', organisation: null, name: null },
        counts: { from: null, to: 455, change: 755, approximate: false },
        validTime: { occurredOn: day('2017-07-30'), effectiveOn },
      });
    const [, us] = relationsState(['RUS', 'USA'], '2017-09-05', [cap('a', { value: '2017-09', precision: 'month' }), cap('b', day('2017-09-01'))]).sides;
    expect(us.staffCaps).toEqual([
      expect.objectContaining({ cap: 455, by: 'RUS', status: 'in-effect', effectiveOn: day('2017-09-01'), factIds: ['a', 'b'] }),
    ]);
  });

  it('given a withdrawn fact or one not yet happened, then it is left out', () => {
    const expelled = fact('x', 'DiplomatsExpelled', { counts: { from: null, to: null, change: 35, approximate: false }, validTime: { occurredOn: day('2016-12-29'), effectiveOn: null } });
    expect(relationsState(['RUS', 'USA'], '2016-12-28', [expelled]).sides[0].expulsions).toEqual([]);
    expect(relationsState(['RUS', 'USA'], '2017-01-01', [{ ...expelled, status: 'withdrawn' }]).sides[0].expulsions).toEqual([]);
    expect(relationsState(['RUS', 'USA'], '2017-01-01', [expelled]).sides[0].expulsions).toEqual([
      expect.objectContaining({ count: 35, by: 'USA', status: 'in-effect' }),
    ]);
  });

  it('given a later cap in effect, then it supersedes the earlier one; a cap still pending is listed too', () => {
    const cap = (id: string, to: number, ordered: string, effective: string) =>
      fact(id, 'StaffReductionOrdered', {
        counts: { from: null, to, change: null, approximate: false },
        validTime: { occurredOn: day(ordered), effectiveOn: day(effective) },
      });
    const facts = [
      cap('old', 600, '2009-12-01', '2010-01-01'),
      cap('now', 455, '2017-07-30', '2017-09-01'),
      cap('next', 300, '2019-06-01', '2030-01-01'),
    ];
    expect(relationsState(['RUS', 'USA'], '2020-01-01', facts).sides[0].staffCaps.map((c) => [c.cap, c.status])).toEqual([
      [455, 'in-effect'],
      [300, 'pending'],
    ]);
  });

  it('given a cap from a count and a change only, then the cap is what remains', () => {
    const cut = fact('c', 'StaffReductionOrdered', { counts: { from: 1210, to: null, change: 755, approximate: false } });
    expect(relationsState(['RUS', 'USA'], '2017-01-01', [cut]).sides[0].staffCaps[0]?.cap).toBe(455);
  });
});
