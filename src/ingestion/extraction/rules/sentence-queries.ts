import type { FacilityPhrase } from '../analysis/facilities.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { BE_FORMS, ORDER_VERBS, SPEECH_VERBS } from '../lexicon/event-words.js';

/** Small questions the rules ask of a sentence. */

export const sameClause = (a: SentenceAnalysis, i: number, j: number): boolean => a.clauses.of[i] === a.clauses.of[j];

const IRREGULAR_PARTICIPLES = new Set(['shut', 'cut', 'given', 'made', 'taken', 'thrown', 'sent', 'withdrawn', 'broken', 'frozen', 'held', 'met', 'hit', 'capped', 'seen']);

export const isParticiple = (word: string): boolean => word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);

/** "were expelled", "was ordered to be closed", "were overwhelmingly approved", "had been ordered closed". */
export function isPassive(a: SentenceAnalysis, i: number): boolean {
  if (!isParticiple(a.lower[i]!)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = a.lower[k]!;
    if (BE_FORMS.has(w)) return true;
    const orderedFirst = k === i - 1 && ORDER_VERBS.has(w) && isParticiple(w);
    if (!w.endsWith('ly') && w !== 'not' && w !== 'also' && w !== 'been' && !orderedFirst) return false;
  }
  return false;
}

/** Index of the first token in [from, to) that satisfies `test`, or -1. */
export function findIndex(a: SentenceAnalysis, from: number, to: number, test: (word: string, index: number) => boolean): number {
  for (let k = Math.max(0, from); k < Math.min(a.tokens.length, to); k++) if (test(a.lower[k]!, k)) return k;
  return -1;
}

/** Index of the last token in [from, to) that satisfies `test`, or -1. */
export function findLastIndex(a: SentenceAnalysis, from: number, to: number, test: (word: string, index: number) => boolean): number {
  for (let k = Math.min(a.tokens.length, to) - 1; k >= Math.max(0, from); k--) if (test(a.lower[k]!, k)) return k;
  return -1;
}


/** The order verb that governs the act at `head`: "ordered China to close", "ordered that ... be closed". */
export function governingOrder(a: SentenceAnalysis, head: number): number {
  const k = findLastIndex(a, head - 16, head, (w, i) => ORDER_VERBS.has(w) && sameClause(a, i, head));
  if (k === -1) return -1;
  const between = a.lower.slice(k + 1, head);
  // "gave the envoy three days to leave and said he was recalling his own": a new report ends the order's reach.
  if (between.some((w) => SPEECH_VERBS.has(w) && !ORDER_VERBS.has(w))) return -1;
  return between.includes('to') || between.includes('that') || between.includes('be') || between.includes('until') ? k : -1;
}

/** The facility phrase nearest to `i` within `before` tokens before and `after` tokens after. */
export function nearestFacility(a: SentenceAnalysis, i: number, before: number, after: number, test: (f: FacilityPhrase) => boolean): FacilityPhrase | null {
  let best: FacilityPhrase | null = null;
  let bestDistance = Infinity;
  for (const f of a.facilities) {
    if (!test(f)) continue;
    const distance = f.start > i ? f.start - i : i - f.end + 1;
    const inRange = f.start > i ? f.start - i <= after : i - f.end < before;
    if (inRange && distance < bestDistance) {
      best = f;
      bestDistance = distance;
    }
  }
  return best;
}

// Words inside a noun phrase before its head: "the biggest single expulsion", "the consulate closures".
const NOUN_PHRASE = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'any', 'biggest', 'largest', 'single', 'latest',
  'recent', 'new', 'mass', 'planned', 'proposed', 'forced', 'diplomatic', 'reciprocal', 'tit', 'for', 'tat', 'consulate',
  'consulates', 'embassy', 'embassies', 'mission', 'missions', "'s",
]);
const REFERRING = new Set(['about', 'over', 'against', 'on', 'after', 'following', 'despite', 'amid', 'to', 'since', 'with', 'by', 'from', 'of']);

/**
 * A nominal act inside a prepositional phrase only refers to something reported elsewhere:
 * "about the consulate closures", "in response to the expulsion". Reported acts are objects
 * or subjects: "ordered the closure of", "the biggest single expulsion".
 */
export function onlyReferredTo(a: SentenceAnalysis, head: number): boolean {
  let k = head - 1;
  while (k >= 0 && (NOUN_PHRASE.has(a.lower[k]!) || a.chunks.some((c) => c.start <= k && k < c.end))) k--;
  return k >= 0 && REFERRING.has(a.lower[k]!);
}
