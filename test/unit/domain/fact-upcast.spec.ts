import { describe, expect, it } from '@jest/globals';
import { FACT_SCHEMA_VERSION, MODALITIES, partyCode } from '../../../src/domain/facts/fact-events.js';
import { upcastFactEvent } from '../../../src/domain/facts/fact-upcast.js';
import { ACTUAL_MODALITIES, happened, modalityClass } from '../../../src/domain/facts/modality-class.js';
import { staffCut } from './fact-fixtures.js';

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
    const event = upcastFactEvent(legacy('asserted'));
    expect(event.schemaVersion).toBe(FACT_SCHEMA_VERSION);
    expect(event.data).toMatchObject({ modality: 'enacted', actor: { country: 'RUS', organisation: null }, target: { country: 'USA', organisation: null } });
  });

  it('given a rejected fact, when read, then it is denied', () => {
    expect(upcastFactEvent(legacy('rejected')).data).toMatchObject({ modality: 'denied' });
  });

  it('given a corroboration of version 1, when read, then the values it carries are upcast', () => {
    const { data } = legacy('asserted');
    const event = upcastFactEvent({ type: 'FactCorroborated', schemaVersion: 1, data: { factId: 'f', values: data } });
    expect(event.data.values).toMatchObject({ modality: 'enacted', actor: { organisation: null } });
  });

  it('given an event of version 2, when read, then it is left as it is', () => {
    const event = { type: 'StaffReductionOrdered', schemaVersion: 2, data: { modality: 'asserted' } };
    expect(upcastFactEvent(event)).toBe(event);
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
