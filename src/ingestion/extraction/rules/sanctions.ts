import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { SANCTION_NOUNS, SANCTION_UNDOING, SANCTION_VERBS } from '../lexicon/event-words.js';
import { findIndex, findLastIndex, isParticiple, isPassive, sameClause } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const BASE_BEFORE = new Set(['will', 'would', 'to', 'could', 'may', 'might', 'shall', 'must', 'not', 'also']);
const ANCHORED_AFTER = new Set(['on', 'against']);
const EVADING = new Set(['evade', 'evades', 'evaded', 'evading', 'evasion', 'relief', 'waiver']);

/**
 * SanctionsEased: "lifted sanctions on Cuba", "eased some sanctions against Iran".
 * SanctionsEnacted: sanctions imposed, passed, announced or threatened ("imposed sanctions on
 * Iran", "sanctions imposed by the United States", "The US sanctioned Turkey"). Lifting,
 * easing or evading sanctions is not an enactment. A bare "US sanctions on Russia" counts
 * only when it names both sides.
 */
export function findSanctions(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    // "The US sanctions Venezuela's vice president": a present-tense verb right after its subject.
    const presentVerb = w === 'sanctions' && a.chunks.some((c) => c.end === i) && a.chunks.some((c) => c.start === i + 1 && c.role === 'party');
    // "will sanction Russian officials": the base form after a modal or "to".
    const baseVerb = w === 'sanction' && BASE_BEFORE.has(a.lower[i - 1] ?? '');
    const verbForm = w === 'sanctioned' || w === 'sanctioning' || presentVerb || baseVerb;
    if (!SANCTION_NOUNS.has(w) && !verbForm) continue;
    if (a.tokens[i + 1]?.hyphenBefore || a.lower[i + 1] === 'relief') continue;
    const undoing = findIndex(a, i - 4, i, (x, k) => SANCTION_UNDOING.has(x) && sameClause(a, i, k));
    if (undoing !== -1) {
      // Lifted or eased sanctions are a step of their own; evading them is none.
      if (!EVADING.has(a.lower[undoing]!)) found.push({ type: 'SanctionsEased', head: undoing, start: undoing, end: i + 1, theme: -1, passive: isParticiple(a.lower[undoing]!) && isPassive(a, undoing), nominal: false, strength: 0.85 });
      continue;
    }
    // "sanctions on Iran were lifted by the EU": the undoing follows as a passive.
    const undoneAfter = verbForm ? -1 : findIndex(a, i + 1, i + 7, (x, k) => SANCTION_UNDOING.has(x) && !EVADING.has(x) && isParticiple(x) && isPassive(a, k) && sameClause(a, i, k));
    if (undoneAfter !== -1) {
      found.push({ type: 'SanctionsEased', head: undoneAfter, start: i, end: undoneAfter + 1, theme: -1, passive: true, nominal: false, strength: 0.85 });
      continue;
    }
    if (verbForm) {
      // "was sanctioned" is passive; "was sanctioning" is the progressive of the act.
      const passive = w !== 'sanctioning' && findIndex(a, i - 2, i, (x) => x === 'was' || x === 'were' || x === 'been' || x === 'be') !== -1;
      found.push({ type: 'SanctionsEnacted', head: i, start: i, end: i + 1, theme: -1, passive, nominal: false, strength: 0.85 });
      continue;
    }
    // "added that sanctions could be ...": a verb of saying, whose clause names the act itself.
    const before = findLastIndex(a, i - 9, i, (x, k) => SANCTION_VERBS.has(x) && a.lower[k + 1] !== 'that' && sameClause(a, i, k));
    if (before !== -1) {
      found.push({ type: 'SanctionsEnacted', head: i, start: before, end: i + 1, theme: -1, passive: false, nominal: false, strength: 0.9 });
      continue;
    }
    // "sanctions imposed by the United States", "sanctions on Russia were approved by Congress"
    const after = findIndex(a, i + 1, i + 7, (x, k) => SANCTION_VERBS.has(x) && isParticiple(x) && sameClause(a, i, k));
    if (after !== -1) {
      // The participle is the act, so a modal before it frames it: "sanctions could be reimposed".
      found.push({ type: 'SanctionsEnacted', head: after, start: i, end: after + 1, theme: -1, passive: true, nominal: false, strength: 0.85 });
      continue;
    }
    const owner = a.chunks.find((c) => c.role === 'modifier' && c.head === i);
    const anchored = a.chunks.some((c) => c.start > i && c.start <= i + 4 && c.preposition !== null && ANCHORED_AFTER.has(c.preposition));
    if (owner !== undefined && anchored) found.push({ type: 'SanctionsEnacted', head: i, start: i, end: i + 1, theme: -1, passive: false, nominal: true, strength: 0.6 });
  }
  return found;
}
