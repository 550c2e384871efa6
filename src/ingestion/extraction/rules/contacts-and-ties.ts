import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { CLOSE_WORDS, CONTACT_NOUNS, DOWNGRADE_WORDS, RELATION_NOUNS, SEVER_WORDS } from '../lexicon/event-words.js';
import { findIndex, onlyReferredTo } from './sentence-queries.js';

const CHANNELS = new Set(['channel', 'channels', 'hotline', 'hotlines']);
import type { TriggerMatch } from './trigger-match.js';

// Words between the verb and what it acts on: "suspended all high-level exchanges", "downgrade its diplomatic ties".
const MODIFIERS = new Set(['off', 'all', 'any', 'its', 'their', 'the', 'high', 'top', 'level', 'high-level', 'ministerial', 'official', 'bilateral', 'diplomatic', 'political', 'working', 'some', 'cross', 'strait', 'of', 'further', 'and', 'government', 'governmental', 'senior', 'military']);

/** The first relation or contact noun after `i` across modifiers only, or -1. */
function objectAfter(a: SentenceAnalysis, i: number, nouns: ReadonlySet<string>): number {
  for (let k = i + 1; k < Math.min(a.tokens.length, i + 7); k++) {
    if (nouns.has(a.lower[k]!)) return k;
    if (!MODIFIERS.has(a.lower[k]!)) return -1;
  }
  return -1;
}

const match = (type: TriggerMatch['type'], head: number, theme: number, strength: number): TriggerMatch => ({
  type,
  head,
  start: head,
  end: theme + 1,
  theme,
  passive: false,
  nominal: false,
  strength,
});

/**
 * HighLevelContactsSuspended ("suspended high-level exchanges with", "froze all dialogue with")
 * and DiplomaticRelationsDowngraded ("downgraded diplomatic ties with"). Relations established
 * or restored are read by restorations.ts.
 */
export function findContactsAndTies(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    if (SEVER_WORDS.has(w) && !w.startsWith('br')) {
      // "all top-level ties", "high-level ties": contacts at the top, not diplomatic relations.
      const levelTies = objectAfter(a, i, RELATION_NOUNS);
      const theme = levelTies !== -1 && a.lower[levelTies - 1] === 'level' ? levelTies : objectAfter(a, i, CONTACT_NOUNS);
      // "cut contact" alone is too vague; a suspension names exchanges, dialogue or a mechanism.
      if (theme !== -1 && !(a.lower[theme] === 'contact' && findIndex(a, i, theme, (x) => x === 'level' || x === 'high-level') === -1)) {
        found.push(match('HighLevelContactsSuspended', i, theme, 0.85));
      }
    } else if (w === 'suspension' && a.lower[i + 1] === 'of') {
      // "announces the suspension of bilateral talks with Russia"
      const theme = objectAfter(a, i + 1, CONTACT_NOUNS);
      if (theme !== -1 && !onlyReferredTo(a, i)) found.push({ ...match('HighLevelContactsSuspended', i, theme, 0.8), nominal: true });
    } else if (CLOSE_WORDS.has(w) && !w.startsWith('clos')) {
      // "shuts down a deconfliction channel", "shut the military hotline": a channel of contact closed.
      const theme = findIndex(a, i + 1, i + 5, (x) => CHANNELS.has(x));
      if (theme !== -1 && findIndex(a, i + 1, theme, (x) => x === ',' || x === 'and') === -1) found.push(match('HighLevelContactsSuspended', i, theme, 0.8));
    } else if (DOWNGRADE_WORDS.has(w)) {
      const theme = objectAfter(a, i, RELATION_NOUNS);
      const diplomatic = theme !== -1 && findIndex(a, i, theme, (x) => x === 'diplomatic') !== -1;
      if (theme !== -1 && (w.startsWith('downgrad') || diplomatic)) found.push(match('DiplomaticRelationsDowngraded', i, theme, 0.85));
    }
  }
  return found;
}
