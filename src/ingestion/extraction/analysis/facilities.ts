import type { FacilityKind } from '../../../domain/facts/fact-events.js';
import type { EntityMention } from '../gazetteer/entity-mentions.js';
import { POSSESSIVE_PRONOUNS } from '../lexicon/event-words.js';
import { FACILITY_TERMS } from '../lexicon/facility-words.js';
import type { Token } from '../text/tokens.js';
import type { PartyChunk } from './party-chunks.js';

/** A place named in the sentence, with the facility it locates when there is one. */
export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly country: string | null;
}

/** "the Russian consulate in San Francisco": what it is, whose, and where. */
export interface FacilityPhrase {
  readonly start: number;
  readonly end: number;
  readonly kind: FacilityKind;
  readonly mission: boolean;
  readonly property: boolean;
  /** Country of a demonym or possessive before it; 'self' for "its"/"their"; else null. */
  readonly owner: string | null;
  readonly places: readonly PlaceMention[];
  /** Countries named as its location ("consulates in the US"). */
  readonly locatedIn: readonly string[];
  /** Figure before it: "two Russian compounds". */
  readonly quantity: number | null;
}

// Words between an owner and its facility: "the Russian diplomatic compounds", "two US consulates".
const OWNED_ADJECTIVES = new Set(["'s", 'diplomatic', 'consular', 'official', 'trade', 'former', 'new', 'country', 'holiday', 'embassy', 'remaining', 'last', 'two', 'three', 'four', 'both', 'oldest']);
const LIST_WORDS = new Set([',', 'and', 'or', 'the', 'one', 'another', 'other', 'both', 'in', 'at', 'near', 'outside', 'on']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'on']);
const SMALL: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function termAt(lower: readonly string[], i: number): { length: number; kind: FacilityKind; mission: boolean; property: boolean } | null {
  for (const term of FACILITY_TERMS.get(lower[i]!) ?? []) {
    if (term.words.every((w, k) => lower[i + k] === w)) return { length: term.words.length, kind: term.kind, mission: term.mission, property: term.property };
  }
  return null;
}

/** An unlisted proper name right after "at"/"in": "a dacha at Serebryany Bor". */
function unlistedName(tokens: readonly Token[], at: number, taken: ReadonlySet<number>): number {
  let k = at;
  while (k < tokens.length && k - at < 3 && tokens[k]!.capitalized && tokens[k]!.kind === 'word' && !taken.has(k)) k++;
  return k - at;
}

/**
 * Finds facility phrases and the places they are in. `places` are the gazetteer places and
 * capitals that the party chunks did not claim as actors.
 */
export function findFacilities(
  tokens: readonly Token[],
  lower: readonly string[],
  mentions: readonly EntityMention[],
  chunks: readonly PartyChunk[],
  places: readonly PlaceMention[],
): FacilityPhrase[] {
  const placeAt = new Map(places.map((p) => [p.start, p]));
  const countryAt = new Map(mentions.filter((m) => m.kind === 'country').map((m) => [m.start, m]));
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) taken.add(k);
  const found: FacilityPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = termAt(lower, i);
    if (term === null || taken.has(i)) continue;
    const end = i + term.length;
    let q = i - 1;
    while (q >= 0 && OWNED_ADJECTIVES.has(lower[q]!)) q--;
    const ownerChunk = chunks.find((c) => c.role === 'modifier' && c.end === q + 1);
    let owner: string | null = ownerChunk?.country ?? null;
    if (owner === null && q >= 0 && POSSESSIVE_PRONOUNS.has(lower[q]!)) owner = 'self';
    const quantityWord = lower[q] ?? '';
    const quantity = /^\d+$/.test(quantityWord) ? Number(quantityWord) : (SMALL[quantityWord] ?? null);

    const linked: PlaceMention[] = [];
    const locatedIn: string[] = [];
    // "the Houston consulate", "a Long Island estate"
    for (const p of places) if (p.end === i || (p.end === q + 1 && q < i)) linked.push(p);
    let k = end;
    if (lower[k] === 'offices' || lower[k] === 'office') k++;
    let sawPreposition = false;
    while (k < tokens.length && k - end < 16) {
      const w = lower[k]!;
      const place = placeAt.get(k);
      if (place !== undefined) {
        if (!sawPreposition || lower[place.end] === "'s") break;
        linked.push(place);
        k = place.end;
        continue;
      }
      const country = countryAt.get(k);
      if (country !== undefined && sawPreposition) {
        locatedIn.push(country.country);
        k = country.end;
        continue;
      }
      if (sawPreposition && PLACE_PREPOSITIONS.has(lower[k - 1]!) && term.property && tokens[k]!.capitalized) {
        const n = unlistedName(tokens, k, taken);
        if (n > 0) {
          const hint = places.find((p) => p.start > k + n && p.start <= k + n + 3);
          linked.push({ start: k, end: k + n, name: tokens.slice(k, k + n).map((t) => t.text).join(' '), country: hint?.country ?? null });
          k += n;
          continue;
        }
      }
      if (!LIST_WORDS.has(w)) break;
      if (PLACE_PREPOSITIONS.has(w)) sawPreposition = true;
      k++;
    }
    found.push({ start: i, end, kind: term.kind, mission: term.mission, property: term.property, owner, places: linked, locatedIn, quantity });
    i = end - 1;
  }
  // "The consulate general and official residence in San Francisco": the list shares its place.
  for (let f = found.length - 2; f >= 0; f--) {
    const a = found[f]!;
    const b = found[f + 1]!;
    const gap = lower.slice(a.end, b.start);
    if (a.places.length === 0 && gap.length <= 3 && gap.every((w) => w === 'and' || w === ',' || w === 'official' || w === 'the' || w === 'its')) {
      found[f] = { ...a, places: b.places, owner: a.owner ?? b.owner };
    }
  }
  return found;
}
