import type { EntityMention } from '../gazetteer/entity-mentions.js';
import {
  AMBASSADOR_NOUNS, CLOSE_WORDS, DETAIN_WORDS, DIRECTIVE_NOUNS, EXPEL_WORDS, PEOPLE_NOUNS, RECALL_WORDS, RELATION_NOUNS, REOPEN_WORDS, RESTORE_WORDS,
  SANCTION_NOUNS, SEVER_WORDS, SUMMON_WORDS,
} from '../lexicon/event-words.js';
import { FACILITY_NOUNS, FACILITY_TERMS } from '../lexicon/facility-words.js';
import { LOCATIVE_PREPOSITIONS, PHRASE_OPENERS, TITLE_PHRASES } from '../lexicon/party-words.js';
import type { Token } from '../text/tokens.js';

/**
 * A phrase that names a country's side: "Russian President Vladimir Putin" (a party), the
 * "US" of "US diplomats" (a modifier: it says whose diplomats), or "in Russia" (a location).
 */
export interface PartyChunk {
  readonly start: number;
  readonly end: number;
  readonly country: string | null;
  readonly name: string | null;
  readonly role: 'party' | 'modifier' | 'location';
  /** For a modifier: the noun whose owner it names; else -1. */
  readonly head: number;
  /** The preposition that governs the phrase ("against Russia"), or null. */
  readonly preposition: string | null;
  /** Joined to the previous chunk by "and", "or" or a comma: "Italy and Spain". */
  readonly coordinated: boolean;
  /** A capital standing for its government: "Moscow ordered ...". */
  readonly metonym: boolean;
}

const PREPOSITIONS = new Set([
  ...LOCATIVE_PREPOSITIONS, 'from', 'to', 'with', 'against', 'on', 'by', 'of', 'for', 'over', 'between', 'among', 'after', 'upon',
]);
// Adjectives that sit between an owner and what it owns: "US diplomatic and technical staff".
const ATTRIBUTIVE = new Set([
  'diplomatic', 'technical', 'consular', 'intelligence', 'embassy', 'military', 'local', 'senior', 'state', 'new', 'fresh',
  'further', 'trade', 'two', 'and', 'top', 'former', 'remaining', 'accredited', 'diplomacy', 'nuclear',
]);

// A headline in title case ("Foreign Ministry Summons Envoy"): the act's verb ends the name before it.
const ACT_WORDS = [EXPEL_WORDS, SUMMON_WORDS, RECALL_WORDS, SEVER_WORDS, CLOSE_WORDS, REOPEN_WORDS, RESTORE_WORDS, DETAIN_WORDS];
const isActWord = (w: string): boolean => ACT_WORDS.some((words) => words.has(w)) || w === 'sanctions' || w === 'sanctioned';

/** Nouns a country's name can qualify as the matter talked about: "the Ukraine crisis", "amid the Syria conflict". */
const MATTER_NOUNS = new Set(['crisis', 'conflict', 'war', 'dispute', 'row', 'standoff', 'stand-off', 'affair', 'issue', 'question']);

const isHeadNoun = (w: string): boolean =>
  PEOPLE_NOUNS.has(w) || AMBASSADOR_NOUNS.has(w) || SANCTION_NOUNS.has(w) || DIRECTIVE_NOUNS.has(w) || RELATION_NOUNS.has(w) || FACILITY_NOUNS.has(w);

function titleAt(lower: readonly string[], i: number): number {
  for (const words of TITLE_PHRASES.get(lower[i]!) ?? []) if (words.every((w, k) => lower[i + k] === w)) return words.length;
  return 0;
}

/** The noun a modifier at `from` qualifies: the first known head within a few words, else the next word. */
function headAfter(tokens: readonly Token[], lower: readonly string[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    if (isHeadNoun(lower[k]!)) return k;
    if (!ATTRIBUTIVE.has(lower[k]!) && tokens[k]!.kind !== 'number') break;
  }
  return from < tokens.length ? from : -1;
}

// "the African country of Mauritania", "the State of Israel": the "of" names the state itself.
const STATE_NOUNS = new Set(['country', 'nation', 'state', 'kingdom', 'republic', 'emirate', 'principality', 'sultanate', 'island', 'islands']);

function prepositionBefore(lower: readonly string[], tokens: readonly Token[], start: number): string | null {
  let k = start - 1;
  while (k >= 0 && (PHRASE_OPENERS.has(lower[k]!) || tokens[k]!.kind === 'number')) k--;
  if (lower[k] === 'of' && STATE_NOUNS.has(lower[k - 1] ?? '')) return null;
  return k >= 0 && PREPOSITIONS.has(lower[k]!) ? lower[k]! : null;
}

/** Groups entity mentions and titles into chunks and decides what each one does in the sentence. */
export function findPartyChunks(tokens: readonly Token[], lower: readonly string[], mentions: readonly EntityMention[]): PartyChunk[] {
  const mentionAt = new Map(mentions.map((m) => [m.start, m]));
  const chunks: PartyChunk[] = [];
  for (let i = 0; i < tokens.length; ) {
    const start = i;
    const parts: EntityMention[] = [];
    let titles = 0;
    let possessiveEnd = false;
    for (;;) {
      const m = mentionAt.get(i);
      if (m !== undefined && m.kind !== 'place') {
        parts.push(m);
        i = m.end;
        continue;
      }
      const t = titleAt(lower, i);
      if (t > 0) {
        titles++;
        i += t;
        continue;
      }
      if ((parts.length > 0 || titles > 0) && lower[i] === "'s") {
        const next = i + 1;
        if (titleAt(lower, next) > 0 || (mentionAt.has(next) && mentionAt.get(next)!.kind !== 'place')) {
          i = next;
          continue;
        }
        possessiveEnd = true;
        break;
      }
      if (titles > 0 && tokens[i]?.capitalized && tokens[i]!.kind === 'word' && !mentionAt.has(i)) {
        // An unlisted name after a title: "Deputy Prime Minister Matteo Salvini". A headline in
        // title case can run past the name's length limit; then the chunk ends there.
        const nameStart = i;
        while (tokens[i]?.capitalized && tokens[i]!.kind === 'word' && !mentionAt.has(i) && !isActWord(lower[i]!) && i - start < 8) i++;
        if (i > nameStart) continue;
      }
      break;
    }
    if (parts.length === 0 && titles === 0) {
      i++;
      continue;
    }
    // "United Arab Emirates (UAE)": the bracketed abbreviation belongs to the name.
    if (parts.length > 0 && lower[i] === '(' && lower[i + 2] === ')' && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.text === tokens[i + 1]!.text.toUpperCase()) i += 3;
    const end = i;
    const countryPart = parts.find((p) => p.kind !== 'place');
    let country = countryPart?.country ?? null;
    const person = parts.find((p) => p.kind === 'person');
    const body = parts.find((p) => p.kind === 'body');
    const name = person?.name ?? body?.name ?? null;
    const preposition = prepositionBefore(lower, tokens, start);
    let role: PartyChunk['role'] = 'party';
    let head = -1;
    let metonym = false;
    const onlyKind = parts.length === 1 && titles === 0 ? parts[0]!.kind : null;

    if (country === null) {
      // "the foreign ministry in Prague", "officials in Moscow": a generic body placed by its capital.
      const placed = lower[end] === 'in' || lower[end] === 'of' ? mentionAt.get(end + 1) : undefined;
      if (placed === undefined || (placed.kind !== 'capital' && placed.kind !== 'country')) continue;
      country = placed.country;
    }
    if (possessiveEnd) {
      role = onlyKind === 'capital' && !isHeadNoun(lower[end + 1] ?? '') ? 'location' : 'modifier';
      head = headAfter(tokens, lower, end + 1);
    } else if (onlyKind === 'demonym') {
      // "the Russians said" acts; "Russian diplomats" and "Swiss diplomats" only say whose.
      const plural = lower[start]!.endsWith('s') && !isHeadNoun(lower[end] ?? '');
      if (!plural) {
        role = 'modifier';
        head = headAfter(tokens, lower, end);
      }
    } else if (onlyKind === 'country' || onlyKind === 'capital') {
      const next = lower[end] ?? '';
      // A name that only says which crisis or conflict is meant names no party to the act.
      if (MATTER_NOUNS.has(next)) continue;
      if (isHeadNoun(next) || (ATTRIBUTIVE.has(next) && next !== 'and')) {
        role = onlyKind === 'capital' && !isHeadNoun(next) ? 'location' : 'modifier';
        head = headAfter(tokens, lower, end);
        if (onlyKind === 'capital' && FACILITY_TERMS.has(next)) role = 'location';
      } else if (preposition !== null && LOCATIVE_PREPOSITIONS.has(preposition)) role = 'location';
      else if (onlyKind === 'capital') {
        metonym = preposition === null || preposition === 'with' || preposition === 'by' || preposition === 'against' || preposition === 'on' || preposition === 'to';
        if (!metonym) role = 'location';
      }
    }
    chunks.push({ start, end, country, name, role, head, preposition, coordinated: false, metonym });
  }
  return coordinate(chunks, lower, mentions);
}

const isPlaceMention = (m: EntityMention): boolean => m.kind === 'place' || m.kind === 'capital';

/**
 * "in New York and Washington", "in San Francisco, New York, and Washington": a capital that
 * ends a list of places is a place. After a single place and a comma it starts a new clause
 * ("abuses in Xinjiang, and Beijing hit back").
 */
function continuesPlaceList(lower: readonly string[], mentions: readonly EntityMention[], start: number): boolean {
  const places = mentions.filter(isPlaceMention);
  const joiner = lower[start - 1];
  if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') return false;
  const comma = lower[start - 2] === ',';
  const previous = places.find((m) => m.end === start - (comma ? 2 : 1));
  if (previous === undefined) return false;
  if (!comma && joiner !== ',') return true;
  return places.some((m) => m.end === previous.start - 1 && lower[previous.start - 1] === ',');
}

type Link = 'and' | 'comma' | null;

/** How chunk `i` joins the one before it: "Italy and Spain", "Poland, Lithuania and Latvia". */
function linkBefore(chunks: readonly PartyChunk[], lower: readonly string[], i: number): Link {
  if (i === 0) return null;
  const between = lower.slice(chunks[i - 1]!.end, chunks[i]!.start);
  // "and the internationally recognized government of Yemen": describing words before a name.
  const describing = (w: string, k: number): boolean => k > 0 && w.length > 4 && (w.endsWith('ly') || w.endsWith('ed'));
  const joins = between.filter((w, k) => w !== 'the' && w !== 'against' && w !== 'on' && !describing(w, k));
  if (between.length - (between.length - joins.length > 0 ? between.filter(describing).length : 0) > 3 || joins.length === 0) return null;
  if (joins.every((w) => w === ',')) return joins.length === 1 ? 'comma' : null;
  return joins.every((w) => w === ',' || w === 'and' || w === 'or') ? 'and' : null;
}

/**
 * "cut relations with Iran, and the United Arab Emirates downgrades its ties": after a comma and
 * "and", a name followed by its own verb begins a clause of its own.
 */
function startsOwnClause(chunks: readonly PartyChunk[], lower: readonly string[], i: number): boolean {
  const c = chunks[i]!;
  if (!lower.slice(chunks[i - 1]!.end, c.start).includes(',')) return false;
  const next = lower[c.end] ?? '';
  return next.length > 3 && (next.endsWith('ed') || (next.endsWith('s') && !next.endsWith('ss'))) && !NOT_VERBS.has(next);
}

const NOT_VERBS = new Set(['relations', 'ties', 'officials', 'diplomats', 'nationals', 'citizens', 'forces', 'troops', 'authorities', 'embassies', 'consulates', 'interests', 'affairs', 'sanctions', 'leaders', 'ministers', 'governments']);

/**
 * Marks coordination and lets coordinated chunks share a preposition ("on Iran and Russia").
 * A comma joins only inside a list that ends with "and"/"or" or runs to three names, so "the
 * United States, Russia's foreign minister" stays two phrases. A capital listed after places is a place too ("in San
 * Francisco, New York, and Washington").
 */
function coordinate(chunks: PartyChunk[], lower: readonly string[], mentions: readonly EntityMention[]): PartyChunk[] {
  const links = chunks.map((_, i) => linkBefore(chunks, lower, i));
  const result: PartyChunk[] = [];
  chunks.forEach((c, i) => {
    let j = i;
    while (links[j] === 'comma') j++;
    let first = i;
    while (first > 0 && links[first - 1] === 'comma') first--;
    // Three or more names joined by commas are a list even when its last joint is lost to a name
    // not in the gazetteer ("Chile, Peru, Panama, the Dominican Republican and Uruguay").
    const coordinated = (links[i] === 'and' && !startsOwnClause(chunks, lower, i)) || (links[i] === 'comma' && (links[j] === 'and' || j - first >= 2));
    const previous = result[i - 1];
    const inherited = coordinated && previous !== undefined && previous.preposition !== null && (c.preposition === null || c.preposition === previous.preposition);
    let role = c.role;
    let metonym = c.metonym;
    if (c.metonym && continuesPlaceList(lower, mentions, c.start)) [role, metonym] = ['location', false];
    result.push({ ...c, role, metonym, coordinated, preposition: inherited ? previous!.preposition : c.preposition });
  });
  return result;
}
