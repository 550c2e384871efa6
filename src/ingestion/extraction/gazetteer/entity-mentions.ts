import type { Token } from '../text/tokens.js';
import { ENTITY_INDEX, type EntityEntry, type EntityKind, withoutAccents } from './entity-index.js';
import { inOfficeOn } from './office-holders.js';

/** A gazetteer name found in a sentence, as token indexes [start, end). */
export interface EntityMention {
  readonly kind: EntityKind;
  readonly start: number;
  readonly end: number;
  readonly country: string;
  readonly name: string;
}

// Words that, right before a surname, make it a reference to an office holder.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'secretary', 'chancellor', 'premier', 'leader', 'counterpart',
]);

/** Capitalised nouns after a place that make it part of another name: a newspaper, a treaty. */
const NAME_HEADS = new Set(['Tribune', 'Times', 'Post', 'Herald', 'Gazette', 'Chronicle', 'Telegraph', 'Observer', 'Journal', 'Convention', 'Conventions', 'Accord', 'Accords', 'Protocol']);

/** A capitalised word as a name is written ("INDONESIA has ..." in a headline or dateline); acronyms stay. */
const titleCased = (text: string): string | null =>
  text.length >= 4 && /^[A-Z]+$/.test(text) ? text[0] + text.slice(1).toLowerCase() : null;

const matches = (tokens: readonly Token[], at: number, e: EntityEntry): boolean =>
  e.tokens.every((t, k) => {
    const tok = tokens[at + k];
    if (tok === undefined) return false;
    if (e.caseInsensitive) return tok.lower === t;
    const text = tok.text.replace(/’/g, "'");
    return text === t || titleCased(text) === t || withoutAccents(text) === withoutAccents(t);
  });

function acceptable(tokens: readonly Token[], at: number, e: EntityEntry, referenceDate: string | null): boolean {
  if (e.kind !== 'person' || !e.surnameOnly || !e.holder!.ambiguousSurname) return true;
  const title = tokens[at - 1];
  return title !== undefined && TITLES.has(title.lower) && referenceDate !== null && inOfficeOn(e.holder!, referenceDate);
}

function longest(tokens: readonly Token[], at: number, candidates: readonly EntityEntry[] | undefined, referenceDate: string | null, best: EntityEntry | null): EntityEntry | null {
  for (const e of candidates ?? []) {
    if ((best === null || e.tokens.length > best.tokens.length) && matches(tokens, at, e) && acceptable(tokens, at, e, referenceDate)) best = e;
  }
  return best;
}

/**
 * Longest gazetteer matches, left to right. Ambiguous surnames need a title and a reference
 * date inside the holder's term ("Mrs May" in 2018 is Theresa May; "in May" is a month).
 */
export function findEntityMentions(tokens: readonly Token[], referenceDate: string | null): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    let best: EntityEntry | null = null;
    if (tok.kind !== 'punct') {
      best = longest(tokens, i, ENTITY_INDEX.exact.get(withoutAccents(tok.text.includes('’') ? tok.text.replace(/’/g, "'") : tok.text)), referenceDate, best);
      best = longest(tokens, i, ENTITY_INDEX.folded.get(tok.lower), referenceDate, best);
      const title = titleCased(tok.text);
      if (title !== null) best = longest(tokens, i, ENTITY_INDEX.exact.get(title), referenceDate, best);
    }
    if (best === null) {
      i++;
      continue;
    }
    // "the Sudan Tribune", "the Vienna Convention": a name inside the name of a paper or a treaty is no party.
    if (best.kind !== 'person' && NAME_HEADS.has(tokens[i + best.tokens.length]?.text ?? '')) {
      i += best.tokens.length;
      continue;
    }
    mentions.push({ kind: best.kind, start: i, end: i + best.tokens.length, country: best.country, name: best.name });
    i += best.tokens.length;
  }
  return mentions;
}
