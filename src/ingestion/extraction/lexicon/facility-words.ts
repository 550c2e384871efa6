import type { FacilityKind } from '../../../domain/facts/fact-events.js';

/** A phrase naming a diplomatic facility: a mission that can be closed, or property that can be seized. */
export interface FacilityTerm {
  readonly words: readonly string[];
  readonly kind: FacilityKind;
  readonly mission: boolean;
  readonly property: boolean;
}

const TERMS: readonly [string, FacilityKind, 'mission' | 'property' | 'both'][] = [
  ['consulate general', 'consulate-general', 'mission'],
  ['consulates general', 'consulate-general', 'mission'],
  ['consulate', 'consulate', 'mission'],
  ['consulates', 'consulate', 'mission'],
  ['embassy', 'embassy', 'mission'],
  ['embassies', 'embassy', 'mission'],
  ['trade mission offices', 'trade-mission', 'mission'],
  ['trade mission', 'trade-mission', 'mission'],
  ['trade missions', 'trade-mission', 'mission'],
  ['trade representation', 'trade-mission', 'mission'],
  ['trade office', 'trade-mission', 'mission'],
  ['trade offices', 'trade-mission', 'mission'],
  ['diplomatic mission', 'diplomatic-mission', 'mission'],
  ['diplomatic missions', 'diplomatic-mission', 'mission'],
  ['diplomatic offices', 'diplomatic-mission', 'mission'],
  ['diplomatic office', 'diplomatic-mission', 'mission'],
  ['diplomatic post', 'diplomatic-mission', 'mission'],
  ['diplomatic posts', 'diplomatic-mission', 'mission'],
  ['mission', 'diplomatic-mission', 'mission'],
  ['missions', 'diplomatic-mission', 'mission'],
  ['liaison office', 'diplomatic-mission', 'mission'],
  ['representative office', 'diplomatic-mission', 'mission'],
  ['chancery', 'diplomatic-mission', 'mission'],
  ['legation', 'diplomatic-mission', 'mission'],
  ['official residence', 'residence', 'both'],
  ['residence', 'residence', 'both'],
  ['residences', 'residence', 'both'],
  ['dacha compound', 'dacha', 'property'],
  ['dacha', 'dacha', 'property'],
  ['dachas', 'dacha', 'property'],
  ['country house', 'dacha', 'property'],
  ['compound', 'compound', 'property'],
  ['compounds', 'compound', 'property'],
  ['warehouse', 'warehouse', 'property'],
  ['warehouses', 'warehouse', 'property'],
  ['storage facility', 'warehouse', 'property'],
  ['storage facilities', 'warehouse', 'property'],
  ['holiday properties', 'other', 'property'],
  ['holiday homes', 'other', 'property'],
  ['diplomatic property', 'other', 'property'],
  ['diplomatic properties', 'other', 'property'],
  ['property', 'other', 'property'],
  ['properties', 'other', 'property'],
  ['premises', 'other', 'property'],
  ['estate', 'other', 'property'],
  ['estates', 'other', 'property'],
  ['retreat', 'other', 'property'],
  ['retreats', 'other', 'property'],
  ['annex', 'other', 'both'],
  ['annexes', 'other', 'both'],
  ['buildings', 'other', 'property'],
];

/** The nouns that end facility phrases ("offices" of "diplomatic offices"): what an owner qualifies. */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set(TERMS.map(([phrase]) => phrase.split(' ').at(-1)!));

/** Longest phrases first, keyed by their first word. */
export const FACILITY_TERMS: ReadonlyMap<string, readonly FacilityTerm[]> = (() => {
  const map = new Map<string, FacilityTerm[]>();
  for (const [phrase, kind, use] of TERMS) {
    const words = phrase.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ words, kind, mission: use !== 'property', property: use !== 'mission' });
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();
