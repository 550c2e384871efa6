import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { findRecalls, findSummons } from './ambassador-moves.js';
import { findContactsAndTies } from './contacts-and-ties.js';
import { findDetentionsAndRaids } from './detention-and-raids.js';
import { findExpulsions } from './expulsion.js';
import { findMissionClosures } from './mission-closure.js';
import { findPropertySeizures } from './property-seizure.js';
import { findRelationsSuspended } from './relations-suspended.js';
import { findRestorations } from './restorations.js';
import { findRestrictions } from './restrictions.js';
import { findSanctions } from './sanctions.js';
import { findStaffReductions } from './staff-reduction.js';
import { findTradeMeasures } from './trade-measures.js';
import { findTreatyExtensionDeclines } from './treaty-extension.js';
import type { TriggerMatch } from './trigger-match.js';

const RULES: readonly ((a: SentenceAnalysis) => TriggerMatch[])[] = [
  findExpulsions,
  findStaffReductions,
  findMissionClosures,
  findPropertySeizures,
  findSanctions,
  findRecalls,
  findSummons,
  findRelationsSuspended,
  findContactsAndTies,
  findDetentionsAndRaids,
  findTradeMeasures,
  findRestrictions,
  findTreatyExtensionDeclines,
  findRestorations,
];

const LAW_TITLES = new Set(['Act', 'Bill', 'Law']);
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** "signs the Countering America's Adversaries Through Sanctions Act": a word of a law's title names the law, not an act. */
function inLawTitle(a: SentenceAnalysis, head: number): boolean {
  if (!capitalised(a.tokens[head]!.text)) return false;
  for (let k = head + 1; k < Math.min(a.tokens.length, head + 4); k++) {
    const word = a.tokens[k]!.text;
    if (LAW_TITLES.has(word)) return true;
    if (!capitalised(word)) return false;
  }
  return false;
}

/** Every trigger in the sentence, in text order; one per head word and type. */
export function findTriggers(a: SentenceAnalysis): TriggerMatch[] {
  const seen = new Set<string>();
  const all: TriggerMatch[] = [];
  for (const rule of RULES) {
    for (const t of rule(a)) {
      const key = `${t.type}@${t.head}`;
      if (seen.has(key) || inLawTitle(a, t.head)) continue;
      seen.add(key);
      all.push(t);
    }
  }
  return all.sort((x, y) => x.head - y.head);
}
