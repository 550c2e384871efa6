import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { AMBASSADOR_NOUNS, BAN_WORDS, CLOSE_WORDS, DIPLOMAT_NOUNS } from '../lexicon/event-words.js';
import { findIndex, isPassive, nearestFacility } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const RESTRICT_WORDS = new Set(['restrict', 'restricts', 'restricted', 'restricting', 'restriction', 'restrictions', 'limit', 'limits', 'limited', 'limiting', 'curb', 'curbs', 'curbed', 'curbing']);
const TRAVEL_WORDS = new Set(['travel', 'travels', 'movement', 'movements', 'move']);
const PROHIBIT_WORDS = new Set([...BAN_WORDS, 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'forbid', 'forbids', 'forbade', 'forbidden']);
const HIRING_WORDS = new Set(['hiring', 'hire', 'employing', 'employ', 'recruiting', 'recruit']);
const LOCAL_WORDS = new Set(['local', 'locals', 'citizens', 'nationals', 'residents']);
/** A state's non-diplomatic bodies abroad: cultural centres, institutes, news bureaus. */
const INSTITUTION_NOUNS = new Set(['institute', 'institutes', 'bureau', 'bureaus', 'bureaux']);
const CENTRE_NOUNS = new Set(['centre', 'centres', 'center', 'centers']);

const isDiplomat = (w: string): boolean => (DIPLOMAT_NOUNS.has(w) && w !== 'officials' && w !== 'official') || AMBASSADOR_NOUNS.has(w);

/** An institution noun at k: "institute", "news bureau", "cultural centre", the British Council. */
const isInstitution = (a: SentenceAnalysis, k: number): boolean =>
  INSTITUTION_NOUNS.has(a.lower[k]!) || (CENTRE_NOUNS.has(a.lower[k]!) && a.lower[k - 1] === 'cultural') || (a.lower[k] === 'council' && a.lower[k - 1] === 'british');

/**
 * DiplomatTravelRestricted ("restricted the movement of Russian diplomats"), LocalStaffHiringBanned
 * ("barred the US embassy from hiring local staff") and InstitutionsClosed ("closed Iran's cultural
 * centre", "shut the news bureau of ...").
 */
export function findRestrictions(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    if (RESTRICT_WORDS.has(w)) {
      const travel = findIndex(a, i - 3, i + 5, (x) => TRAVEL_WORDS.has(x));
      const diplomats = travel === -1 ? -1 : findIndex(a, Math.min(i, travel) - 6, Math.max(i, travel) + 6, isDiplomat);
      if (diplomats !== -1) {
        found.push({ type: 'DiplomatTravelRestricted', head: i, start: i, end: Math.max(i, travel, diplomats) + 1, theme: diplomats, passive: isPassive(a, i), nominal: w.startsWith('restriction'), strength: 0.8 });
      }
    }
    if (PROHIBIT_WORDS.has(w)) {
      const hiring = findIndex(a, i + 1, i + 9, (x) => HIRING_WORDS.has(x));
      const local = hiring === -1 ? -1 : findIndex(a, hiring + 1, hiring + 5, (x) => LOCAL_WORDS.has(x));
      const mission = nearestFacility(a, i, 6, 6, (f) => f.mission);
      if (local !== -1) {
        found.push({ type: 'LocalStaffHiringBanned', head: i, start: i, end: local + 1, theme: mission?.start ?? -1, passive: isPassive(a, i), nominal: false, strength: 0.8 });
      }
    }
    if (CLOSE_WORDS.has(w)) {
      const institution = findIndex(a, i + 1, i + 7, (_, k) => isInstitution(a, k));
      if (institution !== -1) {
        found.push({ type: 'InstitutionsClosed', head: i, start: i, end: institution + 1, theme: institution, passive: isPassive(a, i), nominal: w.startsWith('closure'), strength: 0.8 });
      }
    }
  }
  return found;
}
