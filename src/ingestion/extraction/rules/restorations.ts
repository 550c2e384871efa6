import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { CONTACT_NOUNS, LIFT_WORDS, RELATION_NOUNS, REOPEN_WORDS, RESTORE_WORDS, RESTRICTION_NOUNS, SANCTION_NOUNS } from '../lexicon/event-words.js';
import { findIndex, findLastIndex, isPassive, nearestFacility, onlyReferredTo, sameClause } from './sentence-queries.js';
import { forSafety } from './mission-closure.js';
import type { TriggerMatch } from './trigger-match.js';

const BETWEEN = new Set(['diplomatic', 'full', 'all', 'its', 'their', 'formal', 'the', 'bilateral', 'normal', 'political', 'of', 'consular']);

/** "re-establish" is read as one word: hyphens are folded into the token after them. */
function wordAt(a: SentenceAnalysis, i: number): { word: string; last: number } {
  const w = a.lower[i]!;
  if ((w === 're' || w === 're-') && a.tokens[i + 1]?.hyphenBefore) return { word: `re${a.lower[i + 1]!}`, last: i + 1 };
  return { word: w, last: i };
}

/**
 * DiplomaticRelationsRestored: "resumed full diplomatic relations", "agreed to normalize ties",
 * "relations were restored". MissionReopened: "reopened its embassy in Cairo", "the consulate
 * was reopened". SanctionsEased for measures other than named sanctions: "lifting limits on
 * Cuban products", "the removal of restrictions on trade with Cuba".
 */
export function findRestorations(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const { word, last } = wordAt(a, i);
    if (RESTORE_WORDS.has(word)) {
      let k = last + 1;
      while (k < a.tokens.length && k - last <= 3 && BETWEEN.has(a.lower[k]!)) k++;
      const nominal = word.endsWith('tion') || word.endsWith('ment') || word === 'resumption';
      if (RELATION_NOUNS.has(a.lower[k] ?? '')) {
        if (!(nominal && onlyReferredTo(a, i))) found.push({ type: 'DiplomaticRelationsRestored', head: i, start: i, end: k + 1, theme: k, passive: false, nominal, strength: nominal ? 0.8 : 0.88 });
        continue;
      }
      const before = findLastIndex(a, i - 4, i, (x) => RELATION_NOUNS.has(x));
      if (before !== -1 && isPassive(a, last)) found.push({ type: 'DiplomaticRelationsRestored', head: i, start: before, end: last + 1, theme: before, passive: true, nominal: false, strength: 0.85 });
      continue;
    }
    if (REOPEN_WORDS.has(word)) {
      if (forSafety(a)) continue;
      let passive = isPassive(a, last);
      let mission = nearestFacility(a, i, passive ? 10 : 0, 8, (f) => f.mission);
      // "Iran's embassy in London also reopened on Sunday": the mission is the subject of an intransitive verb.
      const subject = mission === null && word.endsWith('ed') ? nearestFacility(a, i, 6, 0, (f) => f.mission) : null;
      if (subject !== null) [mission, passive] = [subject, true];
      if (mission === null) continue;
      found.push({ type: 'MissionReopened', head: i, start: Math.min(i, mission.start), end: Math.max(last + 1, mission.end), theme: mission.start, passive, nominal: false, strength: 0.88 });
      continue;
    }
    if (LIFT_WORDS.has(word)) {
      // Named sanctions are read by sanctions.ts; here the measures it does not name.
      const measure = findIndex(a, last + 1, last + 6, (x, k) => RESTRICTION_NOUNS.has(x) && sameClause(a, i, k));
      if (measure === -1 || findIndex(a, last + 1, measure, (x) => SANCTION_NOUNS.has(x)) !== -1) continue;
      // "lift restrictions on contacts with Taipei": a limit a state set on its own officials, not a measure against another.
      const on = findIndex(a, measure + 1, measure + 3, (x) => x === 'on');
      if (on !== -1 && findIndex(a, on + 1, on + 4, (x) => CONTACT_NOUNS.has(x)) !== -1) continue;
      found.push({ type: 'SanctionsEased', head: i, start: i, end: measure + 1, theme: measure, passive: isPassive(a, last), nominal: word === 'removal', strength: 0.75 });
    }
  }
  return found;
}
