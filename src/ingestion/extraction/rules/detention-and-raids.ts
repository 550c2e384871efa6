import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { AMBASSADOR_NOUNS, DETAIN_WORDS, DIPLOMAT_NOUNS, NON_STATE_WORDS, RAID_WORDS, SECURITY_NOUNS } from '../lexicon/event-words.js';
import { findIndex, findLastIndex, isParticiple, isPassive, nearestFacility } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

// What follows a participle that modifies the noun before it: "a diplomat detained in Oslo on Monday".
const AFTER_REDUCED = new Set(['in', 'at', 'on', 'by', 'for', 'after', 'over', 'during', 'while', 'last', 'earlier', 'yesterday', ',', '.', ';']);
const isDiplomat = (w: string): boolean => (DIPLOMAT_NOUNS.has(w) && w !== 'officials' && w !== 'official') || AMBASSADOR_NOUNS.has(w);

/**
 * DiplomatsDetained ("detained a Romanian diplomat", "the consul was arrested") and
 * EmbassyRaided ("police raided the embassy"). Both need a state: a sentence that names
 * protesters, gunmen or kidnappers reports no act of a state.
 */
export function findDetentionsAndRaids(a: SentenceAnalysis): TriggerMatch[] {
  if (a.lower.some((w) => NON_STATE_WORDS.has(w))) return [];
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    if (DETAIN_WORDS.has(w)) {
      // "a Swedish diplomat briefly detained in Oslo": a participle right after the person modifies him.
      let before = i - 1;
      while (before > 0 && a.lower[before]!.endsWith('ly')) before--;
      // "officers detained the consul" is the active verb: the object follows it.
      const reduced = isParticiple(w) && isDiplomat(a.lower[before] ?? '') && !SECURITY_NOUNS.has(a.lower[before]!) && AFTER_REDUCED.has(a.lower[i + 1] ?? '.');
      const passive = reduced || isPassive(a, i);
      const theme = reduced ? before : passive ? findLastIndex(a, i - 10, i, isDiplomat) : findIndex(a, i + 1, i + 6, isDiplomat);
      if (theme === -1) continue;
      const nominal = w === 'detention' || (w === 'arrest' && a.lower[i - 1] === 'the');
      found.push({ type: 'DiplomatsDetained', head: i, start: i, end: Math.max(i, theme) + 1, theme, passive, nominal, strength: 0.85 });
    } else if (RAID_WORDS.has(w)) {
      const embassy = nearestFacility(a, i, 4, 6, (f) => f.mission);
      const forces = findLastIndex(a, i - 6, i, (x) => SECURITY_NOUNS.has(x));
      if (embassy === null || forces === -1) continue;
      found.push({ type: 'EmbassyRaided', head: i, start: i, end: Math.max(i + 1, embassy.end), theme: embassy.start, passive: isPassive(a, i), nominal: false, strength: 0.8 });
    }
  }
  return found;
}
