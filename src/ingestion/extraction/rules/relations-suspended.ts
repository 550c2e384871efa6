import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { RELATION_NOUNS, SEVER_WORDS } from '../lexicon/event-words.js';
import { findIndex, findLastIndex, isPassive } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const ATTRIBUTIVE_BEFORE = new Set(['the', 'its', 'their', 'restore', 'restored', 'restores', 'restoring', 'resume', 'resumed', 'resuming', 'repair', 'mend', 're-establish', 'long']);
const BETWEEN = new Set(['off', 'diplomatic', 'all', 'its', 'their', 'formal', 'the', 'bilateral', 'economic', 'political', 'of', 'and']);

/** DiplomaticRelationsSuspended: "cut diplomatic ties with Qatar", "broke off relations", "relations were severed". */
export function findRelationsSuspended(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    if (!SEVER_WORDS.has(w)) continue;
    let k = i + 1;
    // "severed Venezuela's diplomatic relations": the severing party's own name may come between.
    const owner = a.chunks.find((c) => c.start === k && c.role === 'modifier' && a.lower[c.end] === "'s");
    const skipped = owner === undefined ? 0 : owner.end + 1 - k;
    k += skipped;
    while (k < a.tokens.length && k - i <= 3 + skipped && BETWEEN.has(a.lower[k]!)) k++;
    const breaking = w.startsWith('br') && a.lower[i + 1] !== 'off' && !RELATION_NOUNS.has(a.lower[k] ?? '');
    if (breaking) continue;
    // "restore severed relations", "the severed ties": a state the relations are in, not the act of cutting them.
    if (w.endsWith('ed') && k === i + 1 + (a.lower[i + 1] === 'diplomatic' ? 1 : 0) && ATTRIBUTIVE_BEFORE.has(a.lower[i - 1] ?? '')) continue;
    // "top-level ties" are contacts (contacts-and-ties.ts), not relations.
    if (RELATION_NOUNS.has(a.lower[k] ?? '') && a.lower[k - 1] !== 'level') {
      found.push({ type: 'DiplomaticRelationsSuspended', head: i, start: i, end: k + 1, theme: k, passive: false, nominal: w === 'severance' || w === 'rupture', strength: 0.9 });
      continue;
    }
    const before = findLastIndex(a, i - 4, i, (x) => RELATION_NOUNS.has(x));
    if (before !== -1 && isPassive(a, i) && findIndex(a, before, i, (x) => x === 'diplomatic' || x === 'relations') !== -1) {
      found.push({ type: 'DiplomaticRelationsSuspended', head: i, start: i, end: i + 1, theme: before, passive: true, nominal: false, strength: 0.85 });
    }
  }
  return found;
}
