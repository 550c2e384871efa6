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

describe('state of relations: ties, reopenings, easing and statements', () => {
  const on = (value: string) => ({ occurredOn: day(value), effectiveOn: null });

  it('given relations suspended and later restored, when asked in between and after, then suspended, then normal again', () => {
    const facts = [
      fact('cut', 'DiplomaticRelationsSuspended', { validTime: on('2019-03-01'), modality: 'enacted' }),
      fact('back', 'DiplomaticRelationsRestored', { validTime: on('2021-06-10'), modality: 'enacted' }),
    ];
    expect(relationsState(['RUS', 'USA'], '2020-01-01', facts).ties).toMatchObject({ status: 'suspended', measure: { by: 'USA', factIds: ['cut'] } });
    expect(relationsState(['RUS', 'USA'], '2021-07-01', facts).ties).toMatchObject({ status: 'normal', measure: null, restored: { factIds: ['back'] } });
  });

  it('given a downgrade after a suspension, then relations stay suspended', () => {
    const facts = [
      fact('cut', 'DiplomaticRelationsSuspended', { validTime: on('2019-03-01'), modality: 'enacted' }),
      fact('down', 'DiplomaticRelationsDowngraded', { validTime: on('2019-05-01'), modality: 'enacted' }),
    ];
    expect(relationsState(['RUS', 'USA'], '2019-06-01', facts).ties.status).toBe('suspended');
  });

  it('given a mission closed and then reopened, when asked after the reopening, then it is open again', () => {
    const place = { name: 'Houston', country: 'USA', facility: 'consulate-general' as const };
    const facts = [
      fact('shut', 'ConsulateClosed', { places: [place], validTime: on('2020-07-24') }),
      fact('open', 'MissionReopened', { actor: { country: 'RUS', organisation: null, name: null }, target: { country: 'USA', organisation: null, name: null }, places: [place], validTime: on('2022-02-01'), modality: 'enacted' }),
    ];
    const [russia] = relationsState(['RUS', 'USA'], '2021-01-01', facts).sides;
    expect(russia.missions[0]).toMatchObject({ status: 'closed' });
    const [later] = relationsState(['RUS', 'USA'], '2022-03-01', facts).sides;
    expect(later.missions[0]).toMatchObject({ status: 'open', since: null, factIds: ['shut', 'open'] });
  });

  it('given sanctions and their easing by the same country, then the sanctions carry the easing; before it they do not', () => {
    const facts = [
      fact('hit', 'SanctionsEnacted', { validTime: on('2014-03-20'), modality: 'enacted' }),
      fact('ease', 'SanctionsEased', { validTime: on('2016-01-16'), modality: 'enacted' }),
    ];
    const [russia] = relationsState(['RUS', 'USA'], '2015-01-01', facts).sides;
    expect(russia.sanctions[0]!.eased).toBeNull();
    const [later] = relationsState(['RUS', 'USA'], '2016-02-01', facts).sides;
    expect(later.sanctions[0]!.eased).toMatchObject({ by: 'USA', factIds: ['ease'] });
  });

  it('given a threatened suspension, a demanded closure and a denied expulsion, then nothing changes: they are statements', () => {
    const facts = [
      fact('threat', 'DiplomaticRelationsSuspended', { validTime: on('2019-03-01'), modality: 'threatened' }),
      fact('demand', 'ConsulateClosed', { places: [{ name: 'Houston', country: 'USA', facility: 'consulate' }], validTime: on('2019-03-01'), modality: 'demanded' }),
      fact('denial', 'DiplomatsExpelled', { validTime: on('2019-03-01'), modality: 'denied' }),
    ];
    const state = relationsState(['RUS', 'USA'], '2019-06-01', facts);
    expect(state.ties.status).toBe('normal');
    expect(state.sides[0].missions).toEqual([]);
    expect(state.sides[0].expulsions).toEqual([]);
  });

  it('given a detention and contacts suspended, then the detained side bears a restriction and the contacts are suspended', () => {
    const facts = [
      fact('held', 'DiplomatsDetained', { validTime: on('2010-08-16'), modality: 'enacted' }),
      fact('mute', 'HighLevelContactsSuspended', { validTime: on('2010-09-19'), modality: 'enacted' }),
    ];
    const state = relationsState(['RUS', 'USA'], '2010-10-01', facts);
    expect(state.sides[0].restrictions).toMatchObject([{ kind: 'DiplomatsDetained', by: 'USA', factIds: ['held'] }]);
    expect(state.contactsSuspended).toMatchObject([{ by: 'USA', factIds: ['mute'] }]);
  });
});
