import { describe, expect, it } from '@jest/globals';
import { briefsOf } from './facts-of.js';

describe('expulsions in the passive', () => {
  it('given envoys thrown out by a state, then that state expels them', () => {
    expect(briefsOf('Three Chilean envoys were thrown out by Peru on Monday.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'PER', target: 'CHL', modality: 'enacted' }]);
  });

  it('given the active form, then its subject expels them', () => {
    expect(briefsOf('Norway kicked out two Swedish diplomats.')).toEqual([{ type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'enacted' }]);
  });
});

describe('sanctions undone', () => {
  it('given sanctions cancelled or revoked, then they are eased, not enacted', () => {
    expect(briefsOf('Chile said it had cancelled a series of sanctions on Peru.')).toEqual([{ type: 'SanctionsEased', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
    expect(briefsOf('Ghana revoked its sanctions against Togo.')).toEqual([{ type: 'SanctionsEased', actor: 'GHA', target: 'TGO', modality: 'enacted' }]);
  });

  it('given sanctions lifted in the passive by two parties, then each of them eases them', () => {
    expect(briefsOf('Some sanctions against Peru were lifted by Brazil and Chile on Friday.')).toEqual([
      { type: 'SanctionsEased', actor: 'BRA', target: 'PER', modality: 'enacted' },
      { type: 'SanctionsEased', actor: 'CHL', target: 'PER', modality: 'enacted' },
    ]);
  });
});

describe('one\'s own envoy summoned home', () => {
  it('given a state summoning its own ambassador for consultations, then it is a recall', () => {
    expect(briefsOf('Chile has summoned its ambassador to Norway for consultations.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'CHL', target: 'NOR', modality: 'enacted' }]);
  });

  it('given its ambassador called back with a name between, then it is a recall', () => {
    expect(briefsOf('Peru on Monday called its ambassador in Oslo, Juan Soto, back to the country.')).toEqual([{ type: 'EmbassyStaffRecalled', actor: 'PER', target: 'NOR', modality: 'enacted' }]);
  });

  it('given an envoy summoned home for consultations in the passive, then no summons is read', () => {
    expect(briefsOf('The Bolivian ambassador to Spain has been summoned to La Paz for consultations.').map((b) => b.type)).not.toContain('AmbassadorSummoned');
  });

  it('given a foreign envoy summoned to the ministry, then it stays a summons', () => {
    expect(briefsOf('Spain summoned the Bolivian ambassador to the foreign ministry.')).toEqual([{ type: 'AmbassadorSummoned', actor: 'ESP', target: 'BOL', modality: 'enacted' }]);
  });
});

describe('missions shut and reopened', () => {
  it('given a mission reopened as the subject of the verb, then its owner reopens it in the host state', () => {
    expect(briefsOf("Chile's embassy in Lima also reopened on Monday.")).toEqual([{ type: 'MissionReopened', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
  });

  it('given missions shut or reopened over fears of an attack, then no step between states is read', () => {
    expect(briefsOf('Norway closed its embassy in Kabul over fears of an attack.')).toEqual([]);
    expect(briefsOf('Norway reopened its embassy in Kabul, shut last week over a security threat.')).toEqual([]);
  });

  it('given a mission that remained closed, then it is a state of affairs, not a closure', () => {
    expect(briefsOf('The Danish embassy in Oslo remained closed on Monday.')).toEqual([]);
  });

  it('given a mission closed with no such reason, then it is still a closure', () => {
    expect(briefsOf('Chile closed its consulate in Lima.')).toEqual([{ type: 'ConsulateClosed', actor: 'CHL', target: 'PER', modality: 'enacted' }]);
  });
});
