import { upcastFactEvent } from '../../../src/domain/facts/fact-upcast.js';
import { validIntervalOf } from '../../../src/domain/facts/valid-interval.js';
import { quoted, staffCut } from './fact-fixtures.js';

const origin = { method: 'extracted', extractorVersion: '0.9.0', confidence: 0.5 } as const;
const undated = staffCut({ validTime: { occurredOn: null, effectiveOn: null } });

describe('reading fact events of schema version 1', () => {
  it('given an undated report of version 1, when read, then its publication anchors it and the event is version 2', () => {
    const event = upcastFactEvent({
      type: 'StaffReductionOrdered',
      schemaVersion: 1,
      data: { factId: 'fact-staff-reduction-ordered-rus-usa-undated', ...undated, provenance: quoted('doc-a', 'x'), origin },
      knownAt: '2018-03-30T10:00:00Z',
    });
    expect(event.schemaVersion).toBe(2);
    const { validTime } = event.data as typeof undated;
    expect(validTime).toEqual({ occurredOn: null, effectiveOn: null, occurredBy: '2018-03-30' });
    expect(validIntervalOf(validTime)).toEqual({ from: '2018-02-28', to: '2018-03-30', precision: 'on-or-before' });
  });

  it('given a corroboration of version 1, when read, then the values it carries are anchored', () => {
    const event = upcastFactEvent({
      type: 'FactCorroborated',
      schemaVersion: 1,
      data: { factId: 'f', provenance: quoted('doc-b', 'y'), origin, values: undated },
      knownAt: '2017-08-01T00:00:00Z',
    });
    expect((event.data as { values: typeof undated }).values.validTime.occurredBy).toBe('2017-08-01');
  });

  it('given a version 2 report or a retraction, when read, then it is as stored', () => {
    const v2 = { type: 'FactCorroborated', schemaVersion: 2, data: { factId: 'f' }, knownAt: '2017-08-01T00:00:00Z' };
    expect(upcastFactEvent(v2)).toEqual({ type: 'FactCorroborated', schemaVersion: 2, data: { factId: 'f' } });
    const retraction = { type: 'FactRetracted', schemaVersion: 1, data: { factId: 'f' }, knownAt: null };
    expect(upcastFactEvent(retraction)).toEqual({ type: 'FactRetracted', schemaVersion: 1, data: { factId: 'f' } });
  });
});
