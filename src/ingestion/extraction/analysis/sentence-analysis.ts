import { findDates, type DateMention } from '../dates/date-mentions.js';
import { findEntityMentions, type EntityMention } from '../gazetteer/entity-mentions.js';
import { SUBJECT_PRONOUNS } from '../lexicon/event-words.js';
import { findNumbers, type NumberMention } from '../lexicon/numbers.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findClauses, type Clauses } from './clauses.js';
import { findFacilities, type FacilityPhrase, type PlaceMention } from './facilities.js';
import { findPartyChunks, type PartyChunk } from './party-chunks.js';

/** Everything the event rules read from one sentence. */
export interface SentenceAnalysis {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly mentions: readonly EntityMention[];
  readonly chunks: readonly PartyChunk[];
  readonly places: readonly PlaceMention[];
  readonly facilities: readonly FacilityPhrase[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly clauses: Clauses;
  readonly referenceDate: string | null;
}

export function analyseSentence(text: string, start: number, end: number, referenceDate: string | null): SentenceAnalysis {
  const tokens = tokenize(text, start, end);
  const lower = tokens.map((t) => t.lower);
  const mentions = findEntityMentions(tokens, referenceDate);
  const chunks = findPartyChunks(tokens, lower, mentions);
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
  const clauses = findClauses(tokens, lower, subjectStarts);
  const facilities = findFacilities(tokens, lower, mentions, chunks, places);
  return { start, end, tokens, lower, mentions, chunks, places, facilities, dates, numbers, clauses, referenceDate };
}
