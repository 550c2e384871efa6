import type { Counts } from '../../../domain/facts/fact-events.js';
import { inComparison } from '../analysis/clauses.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { CEASE_WORDS, PEOPLE_NOUNS } from '../lexicon/event-words.js';
import type { NumberMention } from '../lexicon/numbers.js';
import type { TriggerMatch } from '../rules/trigger-match.js';

// Words allowed between a figure and the people it counts: "755 US diplomatic and technical staff".
const BETWEEN_FIGURE_AND_NOUN = new Set(['diplomatic', 'technical', 'and', 'embassy', 'consular', 'local', 'senior', 'intelligence', 'more', 'other', 'of', 'the', 'its', 'their', 'military', 'accredited', 'suspected', 'undeclared', 'mission', 'foreign', 'staff']);
const SUBJECT_MODALS = new Set(['will', 'must', 'would', 'have', 'had', 'are', 'were', 'should']);
const WORKING = new Set(['working', 'worked', 'work', 'employed', 'employs', 'employ', 'serving', 'served']);
const SINGULAR = new Set(['diplomat', 'envoy', 'official', 'attache', 'attaché', 'spy', 'consul', 'officer']);
// One person each: "the ambassador and the consul-general" are two.
const ONE_PERSON = new Set([...SINGULAR, 'ambassador', 'chargé', 'charge', 'commissioner', 'secretary', 'counsellor', 'counselor']);
const LIST_GLUE = new Set(['and', ',', 'the', 'its', 'their', 'a', 'an', 'general', 'in', 'd', "'", '’', 'affaires', 'high', 'deputy', 'first', 'second', 'military', 'defence', 'defense', 'cultural', 'political', 'press']);
/** Acts whose count is the people they concern: expelled, recalled, detained, banned or sanctioned. */
const PEOPLE_ACTS = new Set(['DiplomatsExpelled', 'EmbassyStaffRecalled', 'AmbassadorRecalled', 'DiplomatsDetained', 'EntryBanImposed', 'SanctionsEnacted']);

/**
 * The people noun a figure counts ("755 US diplomatic and technical staff"), the figure itself
 * when it stands as a subject ("755 will have to"), or -1.
 */
function countedNoun(a: SentenceAnalysis, n: NumberMention, theme = -1): number {
  for (let k = n.end; k < Math.min(a.tokens.length, n.end + 6); k++) {
    const w = a.lower[k]!;
    // The act's own theme counts even when it is no diplomat: "barred 77 US citizens from entering".
    if (PEOPLE_NOUNS.has(w) || k === theme) return k;
    if (SUBJECT_MODALS.has(w) && k === n.end) return n.start;
    const isOwner = a.chunks.some((c) => c.start <= k && k < c.end);
    if (!BETWEEN_FIGURE_AND_NOUN.has(w) && !isOwner) return -1;
  }
  return -1;
}

const countsPeople = (a: SentenceAnalysis, n: NumberMention): boolean => countedNoun(a, n) !== -1;

/** "755 of the 1200 diplomatic staff": the whole the figure is a part of, when it counts people. */
function wholeOf(a: SentenceAnalysis, n: NumberMention): NumberMention | undefined {
  if (a.lower[n.end] !== 'of') return undefined;
  return a.numbers.find((m) => m.start > n.end && m.start <= n.end + 3 && countsPeople(a, m));
}

/**
 * The token range [first, end) of a list of single persons around `theme`: "the ambassador and
 * the consul", or null when the theme is no single person. Names and titles written with
 * capitals belong to the list ("Ambassador Yasumasa Nagamine in Seoul"), and the theme may be its
 * last member ("declared the ambassador and the consul persona non grata").
 */
function personList(a: SentenceAnalysis, theme: number): { first: number; end: number } | null {
  if (theme < 0 || !ONE_PERSON.has(a.lower[theme]!)) return null;
  const inList = (k: number): boolean =>
    ONE_PERSON.has(a.lower[k]!) || LIST_GLUE.has(a.lower[k]!) || a.chunks.some((c) => c.start <= k && k < c.end) || a.mentions.some((m) => m.start <= k && k < m.end) || (a.tokens[k]!.capitalized && k > 0);
  let first = theme;
  while (first > 0 && theme - first < 14 && inList(first - 1)) first--;
  let end = first;
  while (end < Math.min(a.tokens.length, theme + 14) && inList(end)) end++;
  return { first, end };
}

/** How many single persons a list names from `theme` on: "the ambassador and the consul" are two. */
function personsListed(a: SentenceAnalysis, theme: number): number {
  const list = personList(a, theme);
  if (list === null) return 0;
  let persons = 0;
  const owners = new Set<string | null>();
  for (let k = list.first; k < list.end; k++) {
    if (ONE_PERSON.has(a.lower[k]!)) persons++;
    for (const c of a.chunks) if (c.start === k) owners.add(c.country);
  }
  // Persons of several states ("the Mexican ambassador and the Spanish consul") are one per state's fact.
  return owners.size > 1 ? 0 : persons;
}

/** Whether the people counted are the current headcount: "more than 1,000 people were working". */
function isHeadcount(a: SentenceAnalysis, n: NumberMention, next: NumberMention | undefined): boolean {
  const limit = Math.min(next?.start ?? a.tokens.length, n.end + 12);
  for (let k = n.end; k < limit; k++) if (WORKING.has(a.lower[k]!) && !CEASE_WORDS.has(a.lower[k - 1] ?? '')) return true;
  return false;
}

function derived(from: number | null, to: number | null, change: number | null, approximate: boolean): Counts | null {
  if (from === null && to === null && change === null) return null;
  if (!approximate) {
    if (from !== null && to !== null && change === null) change = from - to;
    else if (from !== null && change !== null && to === null) to = from - change;
    else if (to !== null && change !== null && from === null) from = to + change;
  }
  return { from, to, change, approximate };
}

// Words between a figure and the "of"/"from" that names whose people it counts: "one more from Latvia".
const BREAKDOWN_GLUE = new Set(['more', 'other', 'diplomatic', 'embassy', 'consular', 'staff', 'members']);

/** The state a figure's people belong to: "four diplomats of Lithuania", "three from Slovakia", "two Italian diplomats". */
function ownerOfFigure(a: SentenceAnalysis, n: NumberMention): string | null {
  const at = (k: number): string | null => a.chunks.find((c) => c.start === k && c.country !== null)?.country ?? null;
  let k = n.end;
  while (k < n.end + 3 && (PEOPLE_NOUNS.has(a.lower[k]!) || BREAKDOWN_GLUE.has(a.lower[k]!))) k++;
  if (a.lower[k] === 'of' || a.lower[k] === 'from') return at(a.lower[k + 1] === 'the' ? k + 2 : k + 1);
  return k === n.end ? (a.chunks.find((c) => c.start === n.end && c.role === 'modifier' && c.country !== null)?.country ?? null) : null;
}

/**
 * A count per state, when the act's people are broken down by state: "four diplomats of
 * Lithuania, three of Latvia and three of Estonia" is three acts of 4, 3 and 3, not one of 10.
 * Empty unless at least two states get a figure.
 */
export function countsByState(a: SentenceAnalysis, t: TriggerMatch, from: number, to: number): ReadonlyMap<string, Counts> {
  const split = new Map<string, Counts>();
  if (!PEOPLE_ACTS.has(t.type)) return split;
  // A lone "one" is no figure elsewhere (it is mostly a pronoun), but in a breakdown it counts: "one of Finland".
  const ones: NumberMention[] = [];
  for (let k = from; k < Math.min(to, a.tokens.length); k++) {
    if (a.lower[k] === 'one' && !a.numbers.some((n) => n.start <= k && k < n.end)) ones.push({ start: k, end: k + 1, figureStart: k, value: 1, approximate: false });
  }
  for (const n of [...a.numbers, ...ones].sort((x, y) => x.start - y.start)) {
    if (n.start < from || n.end > to || n.value >= 1_000_000) continue;
    const owner = ownerOfFigure(a, n);
    if (owner !== null && !split.has(owner)) split.set(owner, { from: null, to: null, change: n.value, approximate: n.approximate });
  }
  return split.size >= 2 ? split : personsByState(a, t.theme);
}

/**
 * Single persons of several states listed as the act's people: "the Mexican ambassador, the
 * Spanish chargé d'affaires and the Spanish consul" are one Mexican and two Spanish envoys. A
 * person named without a state ("and the consul") belongs to the state of the one before.
 */
function personsByState(a: SentenceAnalysis, theme: number): Map<string, Counts> {
  const list = personList(a, theme);
  const persons = new Map<string, number>();
  let owner: string | null = null;
  for (let k = list?.first ?? 0; k < (list?.end ?? 0); k++) {
    if (!ONE_PERSON.has(a.lower[k]!)) continue;
    const own = a.chunks.find((c) => c.country !== null && ((c.role === 'modifier' && c.head === k) || (c.start > k && c.start <= k + 3 && c.preposition === 'of')));
    owner = own?.country ?? owner;
    if (owner !== null) persons.set(owner, (persons.get(owner) ?? 0) + 1);
  }
  if (persons.size < 2) return new Map();
  return new Map([...persons].map(([country, n]) => [country, { from: null, to: null, change: n, approximate: false }]));
}

/**
 * Head counts stated for the act in token window [from, to). Expulsions count the people
 * expelled; staff cuts read "from N to M", "by N", "to N", "leaving N" and "N were working".
 */
export function countsFor(a: SentenceAnalysis, t: TriggerMatch, from: number, to: number): Counts | null {
  if (!PEOPLE_ACTS.has(t.type) && t.type !== 'StaffReductionOrdered') return null;
  const numbers = a.numbers.filter((n) => n.start >= from && n.end <= to && !inComparison(a.clauses, n.start) && n.value < 1_000_000);
  if (t.type !== 'StaffReductionOrdered') {
    // The figure that counts the theme; for sanctions and bans, any figure counting people ("adds 14 people").
    const whole = numbers.find((n) => wholeOf(a, n) !== undefined);
    // "expelled 10 of the 40 diplomats": the part is who is acted on.
    if (whole !== undefined) return { from: null, to: null, change: whole.value, approximate: whole.approximate };
    const counted = numbers.find((n) => (t.theme >= 0 ? countedNoun(a, n, t.theme) === t.theme : countsPeople(a, n)));
    // "all but two diplomats": the figure is who stays, not who goes.
    if (counted !== undefined && a.lower[counted.start - 1] === 'but' && a.lower[counted.start - 2] === 'all') {
      return { from: null, to: counted.value, change: null, approximate: counted.approximate };
    }
    if (counted !== undefined) return { from: null, to: null, change: counted.value, approximate: counted.approximate };
    const listed = personsListed(a, t.theme);
    if (listed >= 2) return { from: null, to: null, change: listed, approximate: false };
    if (t.type !== 'DiplomatsExpelled') return null;
    // "a Russian diplomat": one, when the noun is singular and counted by an article.
    let k = t.theme - 1;
    while (k >= 0 && (BETWEEN_FIGURE_AND_NOUN.has(a.lower[k]!) || a.chunks.some((c) => c.start <= k && k < c.end))) k--;
    const single = SINGULAR.has(a.lower[t.theme] ?? '') && ['a', 'an', 'one'].includes(a.lower[k] ?? '');
    return single ? { from: null, to: null, change: 1, approximate: false } : null;
  }
  let before: number | null = null;
  let after: number | null = null;
  let change: number | null = null;
  let approximate = false;
  const parts = new Map(numbers.map((n) => [wholeOf(a, n), n] as const).filter(([whole]) => whole !== undefined));
  numbers.forEach((n, index) => {
    const lead = a.lower[n.start - 1] ?? '';
    // "cut 755 of the 1200 staff": the part is the cut, the whole the headcount before it.
    const slot = wholeOf(a, n) !== undefined ? 'change' : parts.has(n) ? 'from'
      : lead === 'from' ? 'from'
      : lead === 'to' || lead === 'at' || lead === 'leaving' ? 'to'
      : lead === 'by' ? 'change'
      : countsPeople(a, n) ? (isHeadcount(a, n, numbers[index + 1]) ? 'from' : 'change')
      : null;
    if (slot === null) return;
    if (slot === 'from' && before === null) before = n.value;
    else if (slot === 'to' && after === null) after = n.value;
    else if (slot === 'change' && change === null) change = n.value;
    else return;
    approximate ||= n.approximate;
  });
  return derived(before, after, change, approximate);
}
