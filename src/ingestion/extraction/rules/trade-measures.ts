import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { AMBASSADOR_NOUNS, BAN_WORDS, HALT_WORDS, PEOPLE_NOUNS, TRADE_NOUNS } from '../lexicon/event-words.js';
import { findIndex, isPassive } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const BETWEEN = new Set(['all', 'any', 'new', 'bilateral', 'the', 'its', 'their', 'further', 'direct', 'and', 'some']);
const ENTRY = new Set(['entering', 'entry', 'visiting', 'returning']);
// Who may be barred: officials and diplomats, and people named by their standing or nationality.
const BARRED = new Set(['lawmakers', 'legislators', 'ministers', 'citizens', 'nationals', 'politicians', 'senators']);

/**
 * Measures the labels count as sanctions: trade suspended, frozen or banned ("suspended
 * bilateral trade with", "banned all Lebanese imports"), and EntryBanImposed: people barred from
 * entering ("barred three lawmakers from entering the country").
 */
export function findTradeMeasures(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    if (HALT_WORDS.has(w)) {
      let k = i + 1;
      // "all Lebanese imports", "new trade", "Georgian wine imports": a word naming the goods may stand before the noun.
      const before = (j: number): boolean => BETWEEN.has(a.lower[j]!) || a.chunks.some((c) => c.start <= j && j < c.end) || TRADE_NOUNS.has(a.lower[j + 1] ?? '');
      while (k < a.tokens.length && k - i <= 4 && !TRADE_NOUNS.has(a.lower[k]!) && before(k)) k++;
      if (TRADE_NOUNS.has(a.lower[k] ?? '')) {
        found.push({ type: 'SanctionsEnacted', head: i, start: i, end: k + 1, theme: k, passive: isPassive(a, i), nominal: false, strength: 0.8 });
      }
    }
    if (BAN_WORDS.has(w) || w === 'deny' || w === 'denied') {
      const people = findIndex(a, i + 1, i + 7, (x) => PEOPLE_NOUNS.has(x) || AMBASSADOR_NOUNS.has(x) || BARRED.has(x));
      // A name in apposition may stand between: "bans the ambassador, Jan de Vries, from returning".
      const entering = findIndex(a, Math.max(i, people) + 1, i + 13, (x) => ENTRY.has(x));
      if (people !== -1 && entering !== -1) {
        found.push({ type: 'EntryBanImposed', head: i, start: i, end: entering + 1, theme: people, passive: isPassive(a, i), nominal: false, strength: 0.8 });
      }
    }
  }
  return found;
}
