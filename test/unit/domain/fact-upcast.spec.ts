import { upcastFactEvent } from '../../../src/domain/facts/fact-upcast.js';
import { validIntervalOf } from '../../../src/domain/facts/valid-interval.js';
import { quoted, staffCut } from './fact-fixtures.js';
import { FACT_SCHEMA_VERSION, MODALITIES, partyCode } from '../../../src/domain/facts/fact-events.js';
import { ACTUAL_MODALITIES, happened, modalityClass } from '../../../src/domain/facts/modality-class.js';

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

describe('fact events of schema version 1', () => {
  const legacy = (modality: string) => {
    const { actor, target, ...rest } = staffCut();
    return {
      type: 'StaffReductionOrdered',
      schemaVersion: 1,
      data: { ...rest, factId: 'f', modality, actor: { country: actor.country, name: actor.name }, target: { country: target.country, name: null } },
    };
  };

  it('given an asserted fact, when read, then it is enacted and its parties are states', () => {
    const event = upcastFactEvent({ ...legacy('asserted'), knownAt: null });
    expect(event.schemaVersion).toBe(FACT_SCHEMA_VERSION);
    expect(event.data).toMatchObject({ modality: 'enacted', actor: { country: 'RUS', organisation: null }, target: { country: 'USA', organisation: null } });
  });

  it('given a rejected fact, when read, then it is denied', () => {
    expect(upcastFactEvent({ ...legacy('rejected'), knownAt: null }).data).toMatchObject({ modality: 'denied' });
  });

  it('given a corroboration of version 1, when read, then the values it carries are upcast', () => {
    const { data } = legacy('asserted');
    const event = upcastFactEvent({ type: 'FactCorroborated', schemaVersion: 1, data: { factId: 'f', values: data }, knownAt: null });
    expect((event.data as { values: unknown }).values).toMatchObject({ modality: 'enacted', actor: { organisation: null } });
  });

  it('given an event of version 2, when read, then it is left as it is', () => {
    const event = { type: 'StaffReductionOrdered', schemaVersion: 2, data: { modality: 'asserted' } };
    expect(upcastFactEvent({ ...event, knownAt: null })).toEqual(event);
  });
});

describe('which statuses happened', () => {
  it('enacted, ordered and announced happened; every other status is a statement', () => {
    expect([...ACTUAL_MODALITIES].sort()).toEqual(['announced', 'enacted', 'ordered']);
    for (const modality of ['proposed', 'passed-one-chamber', 'vetoed', 'threatened', 'demanded', 'denied', 'negated', 'hypothetical'] as const) {
      expect(happened(modality)).toBe(false);
    }
    expect(modalityClass('vetoed')).toBe('vetoed');
    expect(modalityClass('denied')).toBe('rejected');
    expect(MODALITIES).toHaveLength(11);
  });
});

describe('party codes', () => {
  it('a state is its country; an organisation is named by itself, no member state inferred', () => {
    expect(partyCode({ country: 'FRA', organisation: null, name: null })).toBe('FRA');
    expect(partyCode({ country: null, organisation: 'UN Security Council', name: null })).toBe('org:un-security-council');
  });
});
