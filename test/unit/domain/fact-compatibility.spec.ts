import { findDisputes, refineFactValues } from '../../../src/domain/facts/fact-compatibility.js';
import { staffCut } from './fact-fixtures.js';

const day = (value: string) => ({ value, precision: 'day' as const });
const month = (value: string) => ({ value, precision: 'month' as const });

describe('fact compatibility', () => {
  it('given a report that leaves fields out, when compared, then there is no dispute', () => {
    const sparse = staffCut({ actor: { country: 'RUS', organisation: null, name: null }, counts: null, validTime: { occurredOn: null, effectiveOn: null } });
    expect(findDisputes(staffCut(), sparse)).toEqual([]);
  });

  it('given a month-precision date, when compared with a day in that month, then there is no dispute', () => {
    expect(findDisputes(staffCut(), staffCut({ validTime: { occurredOn: month('2017-07'), effectiveOn: null } }))).toEqual([]);
  });

  it('given another day, when compared, then the occurrence date is disputed, recorded against reported', () => {
    expect(findDisputes(staffCut(), staffCut({ validTime: { occurredOn: day('2017-07-31'), effectiveOn: null } }))).toEqual([
      { field: 'validTime.occurredOn', recorded: day('2017-07-30'), reported: day('2017-07-31') },
    ]);
  });

  it('given another exact count, when compared, then the count is disputed', () => {
    const reported = staffCut({ counts: { from: null, to: null, change: 750, approximate: false } });
    expect(findDisputes(staffCut(), reported)).toEqual([{ field: 'counts.change', recorded: 755, reported: 750 }]);
  });

  it('given "more than 1,000", when compared with 1,210 or with 1,500, then only 1,500 is disputed', () => {
    const bound = staffCut({ counts: { from: 1000, to: null, change: null, approximate: true } });
    const exact = (from: number) => staffCut({ counts: { from, to: null, change: null, approximate: false } });
    expect(findDisputes(bound, exact(1210))).toEqual([]);
    expect(findDisputes(bound, exact(1500))).toEqual([{ field: 'counts.from', recorded: 1000, reported: 1500 }]);
  });

  it('given ordered and asserted, when compared, then no dispute; given ordered and proposed, then the modality is disputed', () => {
    expect(findDisputes(staffCut(), staffCut({ modality: 'enacted' }))).toEqual([]);
    expect(findDisputes(staffCut(), staffCut({ modality: 'proposed' }))).toEqual([{ field: 'modality', recorded: 'ordered', reported: 'proposed' }]);
  });

  it('given different names and places, when compared, then there is no dispute', () => {
    const reported = staffCut({ actor: { country: 'RUS', organisation: null, name: 'Mr Putin' }, places: [{ name: 'Moscow', country: 'RUS', facility: 'embassy' }] });
    expect(findDisputes(staffCut(), reported)).toEqual([]);
  });

  it('given a compatible report, when refined, then gaps are filled, dates sharpened, places added and nothing overwritten', () => {
    const recorded = staffCut({
      actor: { country: 'RUS', organisation: null, name: null },
      counts: { from: null, to: null, change: 755, approximate: false },
      places: [{ name: 'Moscow', country: 'RUS', facility: 'diplomatic-mission' }],
      validTime: { occurredOn: month('2017-07'), effectiveOn: null },
      detail: null,
    });
    const reported = staffCut({
      actor: { country: 'RUS', organisation: null, name: 'Vladimir Putin' },
      counts: { from: 1000, to: 455, change: 750, approximate: true },
      places: [
        { name: 'moscow', country: 'RUS', facility: 'diplomatic-mission' },
        { name: 'Vladivostok', country: 'RUS', facility: 'diplomatic-mission' },
      ],
      validTime: { occurredOn: day('2017-07-30'), effectiveOn: month('2017-09') },
      detail: 'parity',
    });
    expect(refineFactValues(recorded, reported)).toEqual({
      ...recorded,
      actor: { country: 'RUS', organisation: null, name: 'Vladimir Putin' },
      counts: { from: 1000, to: 455, change: 755, approximate: true },
      places: [
        { name: 'Moscow', country: 'RUS', facility: 'diplomatic-mission' },
        { name: 'Vladivostok', country: 'RUS', facility: 'diplomatic-mission' },
      ],
      validTime: { occurredOn: day('2017-07-30'), effectiveOn: month('2017-09') },
      detail: 'parity',
    });
  });
});
