import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { CLOSE_WORDS } from '../lexicon/event-words.js';
import { governingOrder, isPassive, nearestFacility, onlyReferredTo } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

// "close to", "close ties", "a close ally": close as an adjective.
const ADJECTIVAL_NEXT = new Set(['to', 'ties', 'ally', 'allies', 'relations', 'cooperation', 'contact', 'contacts', 'call', 'aide', 'aides', 'friend', 'friends', 'partner', 'partners', 'watch', 'attention', 'eye', 'look', 'associate', 'associates', 'range', 'quarters', 'door', 'doors', 'session', 'meeting', 'hearing', 'talks']);
const ADJECTIVAL_BEFORE = new Set(['a', 'very', 'so', 'too', 'as']);
// Routine closures are not a step in relations.
const SUSPEND = new Set(['suspend', 'suspended', 'suspends', 'suspending', 'halted', 'halt']);
// Vacating closes a mission only: "the consulate must be vacated by Friday".
const VACATE = new Set(['vacate', 'vacated', 'vacates', 'vacating']);
// What else gets closed: "closes its airspace to Dutch diplomats" closes no mission named nearby.
const OTHER_OBJECTS = new Set(['airspace', 'border', 'borders', 'port', 'ports', 'airport', 'airports', 'crossing', 'crossings', 'route', 'routes', 'market', 'markets', 'schools', 'school', 'case', 'investigation', 'deal']);
const DETERMINERS = new Set(['its', 'their', 'the', 'his', 'her', 'our', 'all']);
const ROUTINE = new Set(['holiday', 'holidays', 'christmas', 'weekend', 'weekends', 'sabbath', 'ramadan', 'eid']);

// "remained closed", "stays shut": a state of the mission, not an act.
const LASTING = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'staying']);
const THREATS = new Set(['threat', 'threats', 'concerns', 'concern', 'reasons', 'risks', 'situation', 'alert']);

/**
 * A mission shut or reopened over a threat to its own staff ("closed 19 embassies over fears of
 * an attack", "citing a security threat") is a precaution, not a step against the host state.
 */
export function forSafety(a: SentenceAnalysis): boolean {
  return a.lower.some((x, k) => x === 'terrorist' || x === 'terror' || ((x === 'fears' || x === 'fear') && a.lower[k + 1] === 'of') || (x === 'security' && THREATS.has(a.lower[k + 1] ?? '')));
}

/** Whether `i` is a closing verb or noun here, not "close to" or a closed-door meeting. */
export function closesSomething(a: SentenceAnalysis, i: number): boolean {
  const w = a.lower[i]!;
  if (LASTING.has(a.lower[i - 1] ?? '')) return false;
  if (VACATE.has(w)) return true;
  if (!CLOSE_WORDS.has(w) && !SUSPEND.has(w)) return false;
  if (!CLOSE_WORDS.has(w) && a.lower[i + 1] !== 'operations' && a.lower[i + 1] !== 'work') return false;
  if (ADJECTIVAL_NEXT.has(a.lower[i + 1] ?? '') || ADJECTIVAL_BEFORE.has(a.lower[i - 1] ?? '')) return false;
  const object = DETERMINERS.has(a.lower[i + 1] ?? '') ? i + 2 : i + 1;
  if (OTHER_OBJECTS.has(a.lower[object] ?? '')) return false;
  return !a.lower.some((x) => ROUTINE.has(x)) && !forSafety(a);
}

/** ConsulateClosed: a mission closed or ordered closed ("ordered China to close its consulate in Houston"). */
export function findMissionClosures(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    if (!closesSomething(a, i)) continue;
    const passive = isPassive(a, i);
    const mission = nearestFacility(a, i, passive ? 16 : 10, 10, (f) => f.mission && (!VACATE.has(a.lower[i]!) || !f.property));
    if (mission === null) continue;
    const order = governingOrder(a, i);
    const nominal = a.lower[i]!.startsWith('closure');
    if (nominal && onlyReferredTo(a, i)) continue;
    found.push({ type: 'ConsulateClosed', head: i, start: order === -1 ? i : order, end: Math.max(i + 1, mission.end), theme: mission.start, passive, nominal, strength: nominal ? 0.82 : 0.9 });
  }
  return found;
}
