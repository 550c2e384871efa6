import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { ACTIVITY_WORDS, BRING_WORDS, CEASE_WORDS, CONTACT_NOUNS, DIPLOMAT_NOUNS, PEOPLE_NOUNS, REDUCE_WORDS, RELATION_NOUNS, STAFF_NOUNS } from '../lexicon/event-words.js';
import { findLeaveFrames } from './leave-frames.js';
import { findIndex, findLastIndex, governingOrder, isPassive, sameClause } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const HEADCOUNT = (w: string): boolean => STAFF_NOUNS.has(w) || DIPLOMAT_NOUNS.has(w);
const DIPLOMATIC_CONTEXT = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'missions', 'diplomats', 'diplomatic', 'employees', 'staff']);

const LOWER_HOUSES = new Set(['house', 'chamber', 'houses', 'chambers']);

/** Whether a reduce word really reduces: "bring ... to 455", "scaled back", but not "cut ties". */
function reduces(a: SentenceAnalysis, i: number): boolean {
  const w = a.lower[i]!;
  if (BRING_WORDS.has(w)) return findIndex(a, i + 1, i + 4, (x, k) => (x === 'to' && a.tokens[k + 1]?.kind === 'number') || x === 'down') !== -1;
  if (w === 'scale' || w === 'scaled') return a.lower[i + 1] === 'back' || a.lower[i + 1] === 'down';
  // "the lower house", "the lower chamber": an adjective, not the verb.
  if (w === 'lower' && LOWER_HOUSES.has(a.lower[i + 1] ?? '')) return false;
  // "cut ties", "cuts off all top-level ties": relations or contacts, not staff.
  if (a.lower[i + 1] === 'off' || findIndex(a, i + 1, i + 5, (x) => RELATION_NOUNS.has(x) || CONTACT_NOUNS.has(x)) !== -1) return false;
  return REDUCE_WORDS.has(w);
}

/** StaffReductionOrdered: staff cut, capped or made to leave or stop working. */
export function findStaffReductions(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    if (!(REDUCE_WORDS.has(w) || BRING_WORDS.has(w)) || !reduces(a, i)) continue;
    const after = findIndex(a, i + 1, i + 9, (x, k) => HEADCOUNT(x) && sameClause(a, i, k));
    const before = findLastIndex(a, i - 5, i, (x, k) => HEADCOUNT(x) && sameClause(a, i, k));
    const theme = after !== -1 ? after : before;
    if (theme === -1) continue;
    const order = governingOrder(a, i);
    const nominal = w.startsWith('reduction') || ['the', 'a', 'an', 'new'].includes(a.lower[i - 1] ?? '');
    found.push({ type: 'StaffReductionOrdered', head: i, start: order === -1 ? i : order, end: Math.max(i, theme) + 1, theme, passive: isPassive(a, i), nominal, strength: nominal ? 0.8 : 0.88 });
  }
  const diplomatic = a.lower.some((x) => DIPLOMATIC_CONTEXT.has(x));
  for (let i = 0; i < a.tokens.length; i++) {
    if (!CEASE_WORDS.has(a.lower[i]!) || !diplomatic) continue;
    if (findIndex(a, i + 1, i + 3, (x) => ACTIVITY_WORDS.has(x)) === -1) continue;
    const theme = findLastIndex(a, i - 6, i, (x, k) => PEOPLE_NOUNS.has(x) || (a.tokens[k]!.kind === 'number' && !a.tokens[k]!.text.includes('-')));
    if (theme === -1) continue;
    found.push({ type: 'StaffReductionOrdered', head: i, start: theme, end: i + 2, theme, passive: false, nominal: false, strength: 0.8 });
  }
  for (const f of findLeaveFrames(a)) {
    if (f.property || f.who !== 'staff') continue;
    found.push({ type: 'StaffReductionOrdered', head: f.leave, start: Math.min(f.order, f.theme), end: f.leave + 1, theme: f.theme, passive: false, nominal: false, strength: 0.82 });
  }
  return found;
}
