import type { Party } from '../../../domain/facts/fact-events.js';
import { modalityClass } from '../../../domain/facts/modality-class.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import type { TriggerMatch } from '../rules/trigger-match.js';
import type { TextSegment } from '../extracted-fact.js';
import { SPEECH_VERBS } from '../lexicon/event-words.js';
import { MODALITY_STRENGTH } from '../lexicon/modality-cues.js';
import { REFERRING_BACK, STATE_GROUP_NOUNS } from '../lexicon/party-words.js';
import { partyOf } from '../gazetteer/organisations.js';
import { findTriggers } from '../rules/all-rules.js';
import { countsByState, countsFor } from './counts.js';
import { detailOf } from './detail.js';
import { absorb, type DraftFact } from './draft-fact.js';
import { detectModality, legislativeStage, retreatedFrom } from './modality.js';
import { placesFor } from './places.js';
import { assignRoles } from './roles.js';
import { attachDates, validTimeOf } from './valid-time.js';

export const sameKey = (x: DraftFact, y: DraftFact): boolean =>
  x.type === y.type &&
  x.actor?.country === y.actor?.country &&
  x.target?.country === y.target?.country &&
  modalityClass(x.modality) === modalityClass(y.modality);

const DASHES = new Set(['-', '—', '–']);

/**
 * Where a dateline ends: "MOSCOW (Sputnik) -", "VILNIUS, Lithuania (AP) —". The place a report
 * was filed from is never the counterpart of an act whose actor is named. 0 when the sentence has none.
 */
function datelineEnd(a: SentenceAnalysis): number {
  const first = a.tokens[0];
  if (first === undefined || first.text.length < 3 || first.text !== first.text.toUpperCase() || first.kind !== 'word') return 0;
  for (let k = 1; k < Math.min(a.tokens.length, 10); k++) if (DASHES.has(a.lower[k]!)) return k + 1;
  return 0;
}

const EXCEPTING = new Set(['except', 'excluding', 'save']);
const LIST_GLUE = new Set([',', 'and', 'or', 'the', 'for']);

/**
 * Tokens of the names a sentence sets apart: "expelling as many from those countries, except
 * Belgium, Hungary and Georgia". What is excepted is exactly what the act does not touch.
 */
function excepted(a: SentenceAnalysis): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    const opens = EXCEPTING.has(w) || (w === 'other' && a.lower[i + 1] === 'than') || (w === 'apart' && a.lower[i + 1] === 'from');
    if (!opens) continue;
    let k = i + (EXCEPTING.has(w) ? 1 : 2);
    while (k < a.tokens.length) {
      const chunk = a.chunks.find((c) => c.start === k);
      if (chunk !== undefined) {
        for (let j = chunk.start; j < chunk.end; j++) out.add(j);
        k = chunk.end;
      } else if (LIST_GLUE.has(a.lower[k]!)) k++;
      else break;
    }
  }
  return out;
}

/** The parties of `sides` that the sentence also names outside what it sets apart. */
function notExcepted(a: SentenceAnalysis, sides: readonly Party[], set: Set<number>): Party[] {
  if (set.size === 0) return [...sides];
  return sides.filter((p) => a.chunks.some((c) => c.country === p.country && !set.has(c.start)));
}

/** Countries the sentence names other than `except`, for filling a missing side. */
function otherCountries(a: SentenceAnalysis, except: string | null): string[] {
  const dateline = datelineEnd(a);
  const apart = excepted(a);
  const named = a.chunks.filter((c) => c.country !== null && c.role !== 'location' && c.start >= dateline && !apart.has(c.start)).map((c) => c.country!);
  // "12 more at the UN in New York": a body named as a venue is where, not whom.
  const located = [...a.places.map((p) => p.country), ...a.chunks.filter((c) => c.role === 'location' && !isOrganisation(c.country)).map((c) => c.country)];
  return [...named, ...located].filter((c): c is string => c !== null && c !== except);
}

const SENTENCE_STOPS = new Set(['.', ';', ':']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * "15 countries to expel Russian diplomats", "At least 21 countries expelled 64 diplomats, of
 * which ...": an act whose subject is a number of states the sentence leaves unnamed has no
 * state for its actor, and none may be guessed from context (it would give one state the act,
 * and the figure, of many).
 */
function actedByUnnamedStates(a: SentenceAnalysis, t: TriggerMatch): boolean {
  for (let k = t.start - 1; k >= 0; k--) {
    if (SENTENCE_STOPS.has(a.lower[k]!)) return false;
    if (!STATE_GROUP_NOUNS.has(a.lower[k]!) || a.chunks.some((c) => c.start <= k && k < c.end)) continue;
    // "the countries that expelled ...": a relative clause says which states, it refers back to none.
    return !REFERRING_BACK.has(a.lower[k - 1] ?? '') || RELATIVE_PRONOUNS.has(a.lower[k + 1] ?? '');
  }
  return false;
}

const BLOC_MEMBERS = new Set(['member', 'members', 'allies']);

const isOrganisation = (code: string | null): boolean => code !== null && partyOf(code, null).organisation !== null;

const SUBORDINATORS = new Set(['when', 'after', 'as', 'while', 'because', 'since', 'before', 'until', 'once', 'where']);

/**
 * "Iran emerged from isolation when world powers lifted sanctions": a group of states opening a
 * clause of its own just before the act is its subject, whoever the sentence began with.
 */
function subordinateGroupSubject(a: SentenceAnalysis, t: TriggerMatch): boolean {
  for (let k = t.start - 1; k >= Math.max(0, t.start - 3); k--) {
    if (!STATE_GROUP_NOUNS.has(a.lower[k]!)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (a.chunks.some((c) => c.start <= j && j < c.end)) return false;
      if (SUBORDINATORS.has(a.lower[j]!)) return true;
    }
    return false;
  }
  return false;
}

/** "18 EU states", "NATO members": a bloc's name before a group noun names its members, not the bloc. */
const membersOfBloc = (a: SentenceAnalysis, p: Party): boolean => {
  const chunks = a.chunks.filter((c) => c.country === p.country);
  return isOrganisation(p.country) && chunks.length > 0 && chunks.every((c) => STATE_GROUP_NOUNS.has(a.lower[c.end] ?? '') || BLOC_MEMBERS.has(a.lower[c.end] ?? ''));
};

const DISTRIBUTIVE = new Set(['each', 'apiece', 'respectively', 'all']);

/**
 * "Australia, Canada and the US will expel 123 diplomats": one figure for several actors is
 * their total, the count of none of them, unless the sentence deals it out ("four each").
 */
const sharedFigure = (a: SentenceAnalysis, from: number, to: number): boolean => !a.lower.slice(from, to).some((w) => DISTRIBUTIVE.has(w));

/**
 * The facts one sentence states, each with whatever parties, counts, places, dates and
 * framing the sentence gives. Sides the sentence leaves open stay null for the discourse
 * pass, except where a parallel act in the same sentence names them ("Ukraine will expel 13
 * Russian diplomats, while Poland ... would expel a smaller number").
 */
export function sentenceFacts(a: SentenceAnalysis, sentence: number, segment: TextSegment, text: string): DraftFact[] {
  const triggers = findTriggers(a);
  if (triggers.length === 0) return [];
  const dates = attachDates(a, triggers);
  const byStart = [...triggers].sort((x, y) => x.start - y.start);
  const drafts: DraftFact[] = [];
  const apart = excepted(a);
  for (const t of triggers) {
    // Figures and places are read between the neighbouring acts, never before this act's
    // clause: "Denmark expelled 15 officers at the embassy in Copenhagen, while Sweden expelled three".
    const order = byStart.indexOf(t);
    const clauseStart = a.clauses.starts[a.clauses.of[t.head]!]!;
    const own = Math.min(t.start, t.theme >= 0 ? t.theme : t.start);
    const from = order === 0 ? 0 : Math.min(own, Math.max(clauseStart, byStart[order - 1]!.end));
    const to = order === byStart.length - 1 ? a.tokens.length : Math.max(t.end, byStart[order + 1]!.start);
    const assigned = assignRoles(a, t);
    const roles = {
      ...assigned,
      actors: notExcepted(a, assigned.actors, apart).filter((p) => !membersOfBloc(a, p)),
      targets: notExcepted(a, assigned.targets, apart),
    };
    if ((roles.actors.length === 0 || subordinateGroupSubject(a, t)) && actedByUnnamedStates(a, t)) continue;
    const detected = t.modality ?? legislativeStage(detectModality(a, t, triggers), roles.actors[0] ?? null, a);
    // An act asked of the one addressed is a demand at most; a stronger framing ("has no authority to order ...") still wins.
    const modality = roles.requested === true && MODALITY_STRENGTH[detected] < MODALITY_STRENGTH.demanded ? 'demanded' : detected;
    // Reported speech: the one who says it is the source of the claim, not its actor.
    const source = reporter(a);
    const background = a.clauses.background[a.clauses.of[t.head]!]!;
    let validTime = validTimeOf(t.type, dates.get(t) ?? [], a.referenceDate);
    if (validTime.occurredOn === null && segment.eventsOnReferenceDate && !background && segment.referenceDate !== null) {
      validTime = { ...validTime, occurredOn: { value: segment.referenceDate, precision: 'day' } };
    }
    const counts = countsFor(a, t, from, to);
    const places = placesFor(a, t, from, to);
    const actors: (Party | null)[] = roles.actors.length > 0 ? [...roles.actors] : [null];
    // People broken down by state: each state is a target with its own count.
    const byState = countsByState(a, t, from, to);
    const stated: Party[] = [...byState.keys()].filter((c) => !actors.some((x) => x?.country === c)).map((c) => ({ country: c, organisation: null, name: null }));
    const targets: (Party | null)[] = stated.length >= 2 ? stated : roles.targets.length > 0 ? [...roles.targets] : [null];
    // A state named on both sides ("Russians" taking measures against "Russians") acts on no one.
    const shared = actors.filter((x) => x !== null && !targets.some((y) => y?.country === x.country)).length > 1 && sharedFigure(a, from, to);
    for (const actor of actors) {
      for (const target of targets) {
        if (actor !== null && target !== null && actor.country === target.country) continue;
        drafts.push({
          type: roles.departureDemanded === true ? 'DiplomatsExpelled' : t.type,
          actor,
          target,
          actorInferred: false,
          targetInferred: false,
          counts: (target !== null && byState.get(target.country ?? '')) || (shared ? null : counts),
          places: [...places],
          validTime,
          modality,
          detail: detailOf(t.type, a, t, actor, text.slice(a.start, a.end)) ?? sourceDetail(source, actor),
          strength: t.strength,
          nominal: t.nominal,
          withdrawn: modality === 'negated' && retreatedFrom(a, t),
          lastSentence: sentence,
          ...quoteSpan(a, t),
        });
      }
    }
  }
  fillFromSentence(a, drafts);
  return mergeSameKey(drafts);
}

const OBJECT_PREPOSITIONS = new Set(['over', 'for', 'against', 'about']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const CONTRASTS = new Set(['but', 'yet']);
const SECOND_PREDICATES = new Set([...SPEECH_VERBS, 'says', 'tells', 'warns', 'demanded', 'demands', 'demanding', 'threatened', 'threatens', 'vowed', 'vows', 'urged', 'urges', 'accused', 'accuses']);

/**
 * The characters a fact quotes: its sentence, without the background clauses around the act
 * ("..., after its embassy was attacked"), or only its own background clause when the act is
 * the background. A quote then never claims what the sentence says happened to someone else.
 */
function quoteSpan(a: SentenceAnalysis, t: TriggerMatch): { start: number; end: number } {
  const { of, background } = a.clauses;
  const clause = of[t.head]!;
  const last = a.tokens.length - 1;
  let first = 0;
  let end = last;
  if (background[clause]) {
    first = of.indexOf(clause);
    end = of.lastIndexOf(clause);
    // "following the attack by a crowd ... in a protest over sanctions imposed by Britain": the act starts at the object of its preposition.
    for (let k = t.start - 1; k > first; k--) {
      // A party acting in the clause ends the search; an owner ("the U.S. decision to ...") does not.
      if (a.chunks.some((c) => c.start <= k && k < c.end && c.role !== 'modifier' && a.lower[c.end] !== "'s")) break;
      // "a response to the U.S. decision to expel ...": "to" before a noun phrase is a preposition too.
      const toPhrase = a.lower[k] === 'to' && (DETERMINERS.has(a.lower[k + 1] ?? '') || a.chunks.some((c) => c.start === k + 1));
      if (OBJECT_PREPOSITIONS.has(a.lower[k]!) || toPhrase) {
        first = k + 1;
        break;
      }
    }
  } else {
    const from = Math.min(t.start, t.theme >= 0 ? t.theme : t.start);
    const to = Math.max(t.end - 1, t.theme);
    for (let k = from - 1; k >= 0; k--) if (background[of[k]!] && !background[of[k + 1]!]) { first = k + 1; break; }
    for (let k = to + 1; k <= last; k++) if (background[of[k]!] && !background[of[k - 1]!]) { end = k - 1; break; }
    // "They said they would not recall anyone, but Lithuania later recalled its ambassador": the contrasting clause is the claim.
    const own = of.indexOf(clause);
    if (own > first && CONTRASTS.has(a.lower[own]!) && a.chunks.some((c) => c.start > own && c.start <= from && c.role === 'party')) first = own + 1;
  }
  // "China recalled its ambassador and told Lithuania to ...": a second predicate is a claim of its own.
  const afterAct = Math.max(t.end, t.theme + 1);
  for (let k = afterAct; k < end; k++) {
    if (a.lower[k] === 'and' && SECOND_PREDICATES.has(a.lower[k + 1] ?? '')) {
      end = k - 1;
      break;
    }
  }
  // Punctuation left at the edges of a cut ("Iran ," or ", after") is not part of the claim.
  while (end > first && a.tokens[end]!.kind === 'punct' && a.lower[end] !== '.' && a.lower[end] !== '"' && a.lower[end] !== '”') end--;
  return first === 0 && end === last ? { start: a.start, end: a.end } : { start: a.tokens[first]!.start, end: a.tokens[end]!.end };
}

/** "according to the Kremlin" when the reporting party is not the one acting. */
const sourceDetail = (source: Party | null, actor: Party | null): string | null =>
  source === null || (source.country === actor?.country && source.name === actor?.name) ? null : `according to ${source.name ?? source.country}`;

/** "..., Putin said": the party a sentence reports from. */
function reporter(a: SentenceAnalysis): Party | null {
  const c = a.chunks.find((x) => x.role === 'party' && x.country !== null && a.lower.slice(x.end, x.end + 3).some((w) => SPEECH_VERBS.has(w)));
  return c === undefined ? null : { country: c.country!, organisation: null, name: c.name };
}

/** Fills a missing target from a parallel act in the sentence, else from the other countries it names. */
export function fillTarget(a: SentenceAnalysis, d: DraftFact, siblings: readonly DraftFact[]): void {
  if (d.target !== null || d.actor === null) return;
  // "Brazil and the Netherlands withdrew their ambassadors": a co-actor of the same act is never its target.
  const coActors = new Set(siblings.filter((x) => x.type === d.type).map((x) => x.actor?.country));
  const sibling = siblings.find((x) => x !== d && x.type === d.type && x.target !== null && x.target.country !== d.actor?.country);
  // "Bolivia severs ties with Israel as Chile and Colombia recall their ambassadors": acts reported
  // together answer the same counterpart, never one another's actor.
  const parallel = siblings.find((x) => x !== d && x.target !== null && x.actor !== null && !coActors.has(x.target.country) && x.actor.country !== d.actor?.country && x.target.country !== d.actor?.country);
  const other = sibling?.target?.country ?? parallel?.target?.country ?? otherCountries(a, d.actor.country).find((c) => !coActors.has(c));
  if (other !== undefined) {
    d.target = { country: other, organisation: null, name: null };
    d.targetInferred = true;
  }
}

/**
 * Sides the sentence leaves open, from the rest of the sentence: the party reporting an order
 * ("755 people must stop their activities, Putin said"), a parallel act, the other countries
 * named, and for a missing actor the country where the act takes place.
 */
function fillFromSentence(a: SentenceAnalysis, drafts: DraftFact[]): void {
  const reporting = reporter(a);
  for (const d of drafts) {
    if (d.actor === null && d.modality === 'ordered' && reporting !== null && reporting.country !== d.target?.country) {
      d.actor = reporting;
      d.actorInferred = true;
    }
    fillTarget(a, d, drafts);
    if (d.actor === null && d.target !== null) {
      // "The recall of its envoys ... before the deadline by which the Council demanded ...": an act
      // named only by a noun takes no actor from a relative clause after it.
      const limit = d.nominal ? relativeAfter(a, d.start) : a.tokens.length;
      const placed = a.places.find((p) => p.country !== null && p.country !== d.target!.country && p.start < limit)?.country;
      // "The ambassadors of France, Italy and Spain were summoned": a co-target of the same act is never its actor.
      const coTargets = new Set(drafts.filter((x) => x.type === d.type).map((x) => x.target?.country));
      const named = a.chunks.find((c) => c.role !== 'modifier' && c.country !== null && !coTargets.has(c.country) && c.start < limit)?.country;
      const other = placed ?? named;
      if (other !== undefined && other !== null) {
        d.actor = { country: other, organisation: null, name: null };
        d.actorInferred = true;
      }
    }
  }
}

/** The first token of a relative clause ("which", "who", "whom") after character `from`; the sentence's end when none. */
function relativeAfter(a: SentenceAnalysis, from: number): number {
  const k = a.tokens.findIndex((t, i) => t.start >= from && ['which', 'who', 'whom'].includes(a.lower[i]!));
  return k === -1 ? a.tokens.length : k;
}

function mergeSameKey(drafts: DraftFact[]): DraftFact[] {
  const merged: DraftFact[] = [];
  for (const d of drafts) {
    const same = d.actor !== null && d.target !== null ? merged.find((m) => sameKey(m, d)) : undefined;
    if (same === undefined) merged.push(d);
    else {
      // "The cap means the US must reduce its staff": the verb frames the act better than the noun.
      if (same.nominal && !d.nominal) same.modality = d.modality;
      absorb(same, d);
    }
  }
  return merged;
}

