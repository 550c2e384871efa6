import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { DECLINE_WORDS, EXTEND_WORDS, TREATY_NOUNS } from '../lexicon/event-words.js';
import { findIndex } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const LET_LAPSE = new Set(['expire', 'lapse']);
const NOT_ABOUT_THE_TREATY = new Set(['comment', 'say', 'elaborate', 'confirm', 'specify']);

/**
 * TreatyExtensionDeclined: a sentence about extending a treaty in which a party declines,
 * refuses or rejects it, or says it will not extend ("President Trump declined",
 * "rejected Moscow's offer to extend New START", "would not extend").
 */
export function findTreatyExtensionDeclines(a: SentenceAnalysis): TriggerMatch[] {
  const treaty = findIndex(a, 0, a.tokens.length, (x, k) => TREATY_NOUNS.has(x) && (x !== 'start' || a.tokens[k]!.text === 'START'));
  const extend = findIndex(a, 0, a.tokens.length, (x) => EXTEND_WORDS.has(x));
  if (treaty === -1 || extend === -1) return [];
  const head = findIndex(
    a,
    0,
    a.tokens.length,
    (x, k) =>
      (DECLINE_WORDS.has(x) && !NOT_ABOUT_THE_TREATY.has(a.lower[k + 2] ?? '')) ||
      (x === 'not' && EXTEND_WORDS.has(a.lower[k + 1] ?? '')) ||
      (x === 'not' && a.lower[k + 1] === 'to' && EXTEND_WORDS.has(a.lower[k + 2] ?? '')) ||
      (LET_LAPSE.has(x) && ['let', 'allow', 'allowed', 'letting'].some((l) => a.lower.slice(Math.max(0, k - 6), k).includes(l))),
  );
  if (head === -1) return [];
  return [{ type: 'TreatyExtensionDeclined', head, start: head, end: Math.max(head, extend) + 1, theme: treaty, passive: false, nominal: false, strength: 0.85 }];
}
