import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { AMBASSADOR_NOUNS, BRING_WORDS, DIPLOMAT_NOUNS, RECALL_WORDS, STAFF_NOUNS, SUMMON_WORDS } from '../lexicon/event-words.js';
import { findIndex, findLastIndex, governingOrder, isPassive, sameClause } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const isAmbassador = (w: string): boolean => AMBASSADOR_NOUNS.has(w);
const MISSION_NOUNS = new Set(['mission', 'embassy', 'delegation']);
const ORDERING = new Set(['ordered', 'orders', 'order', 'ordering', 'instructed', 'told']);
const OWN = new Set(['its', 'their', 'our', 'his', 'her']);
// One's own people called home: the chargé d'affaires, diplomats, embassy staff.
const isEmbassyStaff = (w: string): boolean => w === 'affaires' || (DIPLOMAT_NOUNS.has(w) && w !== 'spies' && w !== 'spy') || STAFF_NOUNS.has(w);
const isRecalled = (w: string): boolean => isAmbassador(w) || isEmbassyStaff(w);
const CALL_WORDS = new Set(['call', 'calls', 'called', 'calling']);
const CONSULTING = new Set(['consultation', 'consultations']);

/**
 * One's own envoy summoned or called home: "summoned its ambassador to Ankara for consultations",
 * "called its ambassador in Rome, Ana Lima, back to the country", "the ambassador has been summoned
 * to the capital for consultation". A foreign envoy is summoned to a ministry, never "for
 * consultations" nor by his own government's possessive.
 */
function calledHome(a: SentenceAnalysis, i: number): boolean {
  const w = a.lower[i]!;
  if (!SUMMON_WORDS.has(w) && !CALL_WORDS.has(w)) return false;
  const ownEnvoy = OWN.has(a.lower[i + 1] ?? '') && findIndex(a, i + 2, i + 5, isRecalled) !== -1;
  const consulting = findIndex(a, i + 1, i + 16, (x, k) => CONSULTING.has(x) && sameClause(a, i, k)) !== -1;
  const homeward = findIndex(a, i + 1, i + 16, (x, k) => (x === 'home' || x === 'back') && sameClause(a, i, k)) !== -1;
  // "was summoned to Juba": an envoy summoned to a capital, not to a ministry, is called home.
  const toCapital = a.lower[i + 1] === 'to' && a.mentions.some((m) => m.start === i + 2 && m.kind === 'capital');
  return (ownEnvoy && (consulting || homeward)) || (SUMMON_WORDS.has(w) && (consulting || toCapital) && isPassive(a, i));
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * "will 'summon' its ambassador to the US": a state summons its own envoy home, which is a recall;
 * "their Russian ambassadors" are others' envoys, summoned in each capital.
 */
function summonsOwnEnvoy(a: SentenceAnalysis, i: number): boolean {
  if (!SUMMON_WORDS.has(a.lower[i]!)) return false;
  let k = i + 1;
  while (QUOTES.has(a.lower[k] ?? '')) k++;
  return OWN.has(a.lower[k] ?? '') && isAmbassador(a.lower[k + 1] ?? '');
}

/**
 * EmbassyStaffRecalled, the ambassador or more: "recalled its ambassador from Canada", "bring its
 * ambassador home", "calls back all its diplomats", "withdrew its embassy staff". One type for
 * all, so that an ambassador and the diplomats recalled with him are one step, not two facts.
 * Not "the ambassador recalled his posting".
 */
export function findRecalls(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    // "summoned their top diplomat back from China": summoned home is recalled.
    const homeward = (BRING_WORDS.has(w) || SUMMON_WORDS.has(w) || w === 'called' || w === 'call' || w === 'calls') && findIndex(a, i + 1, i + 6, (x) => x === 'home' || x === 'back') !== -1;
    // "ordered its envoy home", "ordering its ambassador to return": one's own envoy sent home.
    // "ordered home its ambassador": the particle may come first.
    const own = ORDERING.has(w) && ((OWN.has(a.lower[i + 1] ?? '') && findIndex(a, i + 2, i + 7, (x) => x === 'home' || x === 'return') !== -1) || (a.lower[i + 1] === 'home' && OWN.has(a.lower[i + 2] ?? '')));
    // A passive "was summoned home for consultations" is only no summons: whose envoy and by whom stay unsaid.
    const home = calledHome(a, i) && !isPassive(a, i);
    if (!RECALL_WORDS.has(w) && !homeward && !own && !home && !summonsOwnEnvoy(a, i)) continue;
    const passive = RECALL_WORDS.has(w) && isPassive(a, i);
    const theme = passive ? findLastIndex(a, i - 10, i, isRecalled) : findIndex(a, i + 1, i + 6, isRecalled);
    if (theme === -1) continue;
    const order = governingOrder(a, i);
    found.push({ type: 'EmbassyStaffRecalled', head: i, start: order === -1 ? i : order, end: Math.max(i, theme) + 1, theme, passive, nominal: w === 'recall' && a.lower[i + 1] === 'of', strength: 0.9 });
  }
  return found;
}

/** AmbassadorSummoned: "summoned the Russian ambassador", "was summoned to the foreign ministry", "called in the envoy". */
export function findSummons(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  // "the head of the American diplomatic mission": the envoy named by his office.
  const headOfMission = (k: number): boolean => a.lower[k] === 'head' && a.lower[k + 1] === 'of' && findIndex(a, k + 2, k + 6, (x) => MISSION_NOUNS.has(x)) !== -1;
  const summoned = (x: string, k: number): boolean => isAmbassador(x) || DIPLOMAT_NOUNS.has(x) || x === 'affaires' || headOfMission(k);
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    const calledIn = (w === 'called' || w === 'calls' || w === 'call' || w === 'hauled') && a.lower[i + 1] === 'in';
    if (!SUMMON_WORDS.has(w) && !calledIn) continue;
    if (findIndex(a, i + 1, i + 6, (x) => x === 'home' || x === 'back') !== -1 || calledHome(a, i) || summonsOwnEnvoy(a, i)) continue;
    const passive = isPassive(a, i);
    // A passive subject may carry a long title and a name in apposition: "The head of the ... mission in Russia, Lynn Tracy, was summoned".
    const theme = passive ? findLastIndex(a, i - 15, i, summoned) : findIndex(a, i + 1, i + 7, summoned);
    if (theme === -1) continue;
    found.push({ type: 'AmbassadorSummoned', head: i, start: i, end: Math.max(i, theme) + 1, theme, passive, nominal: false, strength: 0.9 });
  }
  return found;
}
