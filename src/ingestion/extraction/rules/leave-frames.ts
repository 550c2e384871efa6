import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { AMBASSADOR_NOUNS, DIPLOMAT_NOUNS, LEAVE_WORDS, ORDER_VERBS, PEOPLE_NOUNS } from '../lexicon/event-words.js';
import { findLastIndex, nearestFacility } from './sentence-queries.js';

/**
 * "ordered 755 staff to leave the country", "gave American diplomats until April 5 to leave",
 * "made Russian diplomats leave diplomatic compounds": someone is made to leave. Who leaves
 * and what they leave decide the event: diplomats leaving a country are expelled, staff
 * leaving are a staff cut, anyone made to leave property has had it seized.
 */
export interface LeaveFrame {
  readonly leave: number;
  /** The people noun (or bare figure) of who leaves. */
  readonly theme: number;
  /** The order verb or modal that makes it an order. */
  readonly order: number;
  readonly who: 'diplomats' | 'staff';
  /** They leave (or are ordered out of) property rather than the country. */
  readonly property: boolean;
}

const MODALS = new Set(['must', 'have', 'has', 'had']);
const DIPLOMATIC_MODIFIERS = new Set(['diplomatic', 'embassy', 'consular']);

export function findLeaveFrames(a: SentenceAnalysis): LeaveFrame[] {
  const frames: LeaveFrame[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    const getOut = w === 'get' && a.lower[i + 1] === 'out';
    const orderedOut = w === 'out' && a.lower[i + 1] === 'of';
    if (!LEAVE_WORDS.has(w) && !getOut && !orderedOut) continue;
    // Far enough back for a list of countries ("the diplomats from A, B, C and D to leave") or a
    // subject with two predicates ("a diplomat was arrested and given 48 hours to leave").
    // A list of seven countries with two-word names runs past twenty tokens.
    const theme = findLastIndex(a, i - 24, i, (x) => PEOPLE_NOUNS.has(x) || AMBASSADOR_NOUNS.has(x));
    if (theme === -1) continue;
    // "ordered 755 staff to leave", "were ordered to leave", "a deadline ... for the US workers to get out"
    const order = findLastIndex(a, i - 28, i, (x) => ORDER_VERBS.has(x) || x === 'deadline');
    const modal = order === -1 ? findLastIndex(a, theme + 1, i, (x) => MODALS.has(x)) : -1;
    if (order === -1 && modal === -1) continue;
    const property = nearestFacility(a, i, 0, orderedOut ? 6 : 5, (f) => f.property && !f.mission) !== null;
    if (orderedOut && !property) continue;
    // "diplomatic personnel", "embassy staff" ordered out are diplomats, not a staff cut.
    // "a staff member of the Consulate General", "staff at the embassy in Oslo" are the mission's staff too.
    const ofMission = nearestFacility(a, theme, 0, 5, (f) => f.mission) !== null && a.lower.slice(theme + 1, theme + 3).some((x) => x === 'of' || x === 'at');
    const diplomatic = DIPLOMAT_NOUNS.has(a.lower[theme]!) || AMBASSADOR_NOUNS.has(a.lower[theme]!) || DIPLOMATIC_MODIFIERS.has(a.lower[theme - 1] ?? '') || ofMission;
    frames.push({ leave: i, theme, order: order === -1 ? modal : order, who: diplomatic ? 'diplomats' : 'staff', property });
  }
  return frames;
}
