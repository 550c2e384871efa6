import { findDates, type DateMention } from '../dates/date-mentions.js';
import { findEntityMentions, type EntityMention } from '../gazetteer/entity-mentions.js';
import { SUBJECT_PRONOUNS } from '../lexicon/event-words.js';
import { findNumbers, type NumberMention } from '../lexicon/numbers.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findClauses, type Clauses } from './clauses.js';
import { findFacilities, type FacilityPhrase, type PlaceMention } from './facilities.js';
import { findPartyChunks, type PartyChunk } from './party-chunks.js';

/** The parties a sentence names: all that salience and quote speakers need. */
export interface SentenceNames {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly mentions: readonly EntityMention[];
  readonly chunks: readonly PartyChunk[];
}

/** Everything the event rules read from one sentence. */
export interface SentenceAnalysis extends SentenceNames {
  readonly places: readonly PlaceMention[];
  readonly facilities: readonly FacilityPhrase[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly clauses: Clauses;
  readonly referenceDate: string | null;
}

export function readNames(text: string, start: number, end: number, referenceDate: string | null): SentenceNames {
  const tokens = tokenize(text, start, end);
  const lower = tokens.map((t) => t.lower);
  const mentions = findEntityMentions(tokens, referenceDate);
  return { start, end, tokens, lower, mentions, chunks: findPartyChunks(tokens, lower, mentions) };
}

// Every rule needs one of these stems in the sentence (an act, or the people, facility or
// relation it concerns); sentences without any are read for names only.
const EVENT_VOCABULARY =
  /expel|expul|eject|persona|diplomat|staff|personnel|employ|worker|people|members|official|envoy|attach|spy|spies|consul|officer|agent|ambassador|charg|embass|mission|compound|dacha|warehouse|propert|residence|premises|estate|retreat|building|annex|storage|sanction|relations|ties|call|treaty|trade|import|export|invest|lawmaker|legislator|exchange|dialogue|contact|communication|mechanism|commissioner|detain|arrest|raid|storm|enter|entry|downgrad|hiring|hire|travel|movement|institute|bureau|centre|center|council|pact|accord|agreement|START|INF\b|reject|veto|overrul|dismiss|turned down|restriction|limits|curbs|embargo|visits|talks|channel|hotline|\bbans?\b/i;

export const mayStateEvent = (text: string, start: number, end: number): boolean => EVENT_VOCABULARY.test(text.slice(start, end));

export function analyseSentence(text: string, start: number, end: number, referenceDate: string | null): SentenceAnalysis {
  const { tokens, lower, mentions, chunks } = readNames(text, start, end, referenceDate);
  const partyAt = new Set(chunks.filter((c) => c.role === 'party').map((c) => c.start));
  const places: PlaceMention[] = mentions
    .filter((m) => m.kind === 'place' || (m.kind === 'capital' && !partyAt.has(m.start)))
    .map((m) => ({ start: m.start, end: m.end, name: m.name, country: m.country }));
  const personTokens = new Set<number>();
  for (const m of mentions) if (m.kind === 'person' || m.kind === 'body') for (let k = m.start; k < m.end; k++) personTokens.add(k);
  const dates = findDates(tokens, personTokens);
  const dateTokens = new Set<number>();
  for (const d of dates) for (let k = d.start; k < d.end; k++) dateTokens.add(k);
  const numbers = findNumbers(tokens, dateTokens);
  const subjectStarts = new Set([...partyAt, ...tokens.flatMap((t, i) => (SUBJECT_PRONOUNS.has(t.lower) ? [i] : []))]);
  const clauses = findClauses(tokens, lower, subjectStarts, new Set(mentions.map((m) => m.start)));
  const facilities = findFacilities(tokens, lower, mentions, chunks, places);
  return { start, end, tokens, lower, mentions, chunks, places, facilities, dates, numbers, clauses, referenceDate };
}
