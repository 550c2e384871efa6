import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { CALL_MEDIA, MEET_VERBS, SPEAK_VERBS, TALK_NOUNS } from '../lexicon/event-words.js';
import { findIndex } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const CALL_BEFORE = new Set([...CALL_MEDIA, 'first', 'second', 'a', 'their', 'the', 'his', 'her', 'latest']);
const NOT_A_CALL_AFTER = new Set(['for', 'on', 'to', 'from', 'of', 'off']);
const CONVERSATION_BEFORE = new Set([...CALL_MEDIA, 'telephone', 'phone']);

/**
 * TalksHeld: meetings, talks and calls between two governments. The rule only finds the
 * words; the fact needs two parties of different countries, which role assignment checks.
 */
export function findTalks(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const push = (head: number, strength: number, nominal: boolean): void => {
    found.push({ type: 'TalksHeld', head, start: head, end: head + 1, theme: -1, passive: false, nominal, strength });
  };
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    const prev = a.lower[i - 1] ?? '';
    const next = a.lower[i + 1] ?? '';
    if (w === 'conversation' || w === 'conversations') {
      if (CONVERSATION_BEFORE.has(prev) || next === 'with') push(i, 0.85, true);
    } else if (TALK_NOUNS.has(w)) {
      if (w === 'meeting' && (prev === 'the' || prev === 'a') && next === 'of') continue;
      push(i, 0.82, true);
    } else if (MEET_VERBS.has(w)) push(i, 0.88, false);
    else if (w === 'call' || w === 'calls' || w === 'phone') {
      if (w === 'phone' && next === 'call') continue;
      if (CALL_BEFORE.has(prev) && !NOT_A_CALL_AFTER.has(next)) push(i, 0.8, true);
    } else if (SPEAK_VERBS.has(w)) {
      const how = findIndex(a, i + 1, i + 4, (x) => x === 'with' || CALL_MEDIA.has(x));
      if (how !== -1 || w === 'phoned') push(i, 0.82, false);
    }
  }
  return found;
}
