import type { Party } from '../../../domain/facts/fact-events.js';
import type { PartyChunk } from '../analysis/party-chunks.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { AMBASSADOR_NOUNS, DIRECTIVE_NOUNS, DIRECTIVE_VERBS, LEAVE_WORDS, PEOPLE_NOUNS, POSSESSIVE_PRONOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS } from '../lexicon/event-words.js';
import type { TriggerMatch } from '../rules/trigger-match.js';

/** Who acts and who is acted on, as the sentence names them; empty when it does not. */
export interface Roles {
  readonly actors: readonly Party[];
  readonly targets: readonly Party[];
  /**
   * A recall demanded of another state ("China demanded that Lithuania recall its ambassador"):
   * the departure of that state's envoy is asked for, which the labels count as an expulsion.
   */
  readonly departureDemanded?: boolean;
  /** The act is asked of the party addressed ("asked Poland to recall its ambassador"): not done yet. */
  readonly requested?: boolean;
}

type Sides = readonly Party[];

const usable = (c: PartyChunk): boolean => c.country !== null;

const sides = (chunks: readonly PartyChunk[]): Party[] => {
  const seen = new Set<string>();
  return chunks.filter((c) => usable(c) && !seen.has(c.country!) && seen.add(c.country!)).map((c) => ({ country: c.country!, organisation: null, name: c.name }));
};

const country = (code: string | null | undefined): Party[] => (code === null || code === undefined ? [] : [{ country: code, organisation: null, name: null }]);

/** The first option that names anyone. */
function firstOf(...options: (() => Sides)[]): Sides {
  for (const option of options) {
    const found = option();
    if (found.length > 0) return found;
  }
  return [];
}

function clauseEnd(a: SentenceAnalysis, i: number): number {
  const clause = a.clauses.of[i];
  let k = i;
  while (k < a.tokens.length && a.clauses.of[k] === clause) k++;
  return k;
}

/** The chunk and those coordinated with it: "Saudi Arabia, Egypt, the UAE and Bahrain". */
function group(a: SentenceAnalysis, index: number): PartyChunk[] {
  const joinable = (c: PartyChunk): boolean => c.role !== 'location' && usable(c);
  const members = [a.chunks[index]!];
  for (let k = index; k > 0 && a.chunks[k]!.coordinated && joinable(a.chunks[k - 1]!); k--) members.unshift(a.chunks[k - 1]!);
  for (let k = index + 1; k < a.chunks.length && a.chunks[k]!.coordinated && joinable(a.chunks[k]!); k++) members.push(a.chunks[k]!);
  return members;
}

/** The word before a chunk, skipping "that" and articles. */
function wordBefore(a: SentenceAnalysis, start: number): number {
  let k = start - 1;
  while (k >= 0 && ['that', 'the', 'a', 'an'].includes(a.lower[k]!)) k--;
  return k;
}

/** A chunk can be the subject: a bare party, or the owner of an order or of the act itself ("the Russian order"). */
const GOVERNING_NOUNS = new Set(['government', 'administration', 'authorities', 'cabinet', 'regime', 'leadership']);

/** "Turkey's Islamic-rooted government": a state's government named with a few describing words acts for it. */
const governs = (a: SentenceAnalysis, c: PartyChunk): boolean =>
  a.lower.slice(c.end, c.end + 5).some((w, k) => GOVERNING_NOUNS.has(w) && !a.chunks.some((x) => x.start > c.end && x.start <= c.end + k));

function canAct(a: SentenceAnalysis, c: PartyChunk, nominalHead: number): boolean {
  if (!usable(c) || c.role === 'location') return false;
  if (c.role === 'modifier') return c.head === nominalHead || DIRECTIVE_NOUNS.has(a.lower[c.head] ?? '') || governs(a, c);
  return c.preposition === null;
}

/** A subject pronoun stands for the nearest party that speaks: "Tillerson said he had a call". */
function speakerBefore(a: SentenceAnalysis, pronoun: number): number {
  for (let ci = a.chunks.length - 1; ci >= 0; ci--) {
    const c = a.chunks[ci]!;
    if (c.end > pronoun || !usable(c) || c.role !== 'party') continue;
    if (a.lower.slice(c.end, c.end + 3).some((w) => SPEECH_VERBS.has(w))) return ci;
  }
  return -1;
}

const OBLIGATIONS = [['must'], ['will', 'have', 'to'], ['would', 'have', 'to'], ['has', 'to'], ['have', 'to'], ['had', 'to']];

interface Subject {
  readonly actors: Sides;
  /** The party an order is addressed to: "ordered China to close its consulate". */
  readonly addressee: Sides;
  /** The subject is the one speaking: "The Kremlin said the embassy must be reduced". */
  readonly speaks: boolean;
}

/** The nearest acting party before `before`, resolving pronouns and order frames. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'and', 'was', 'were', 'is', 'are']);

/**
 * "Turkey has condemned Israel and recalled its ambassador": the object of a first verb is not
 * the subject of the verb coordinated with it.
 */
function objectOfCoordinatedVerb(a: SentenceAnalysis, c: PartyChunk, before: number): boolean {
  if (a.lower[c.end] !== 'and' || before <= c.end) return false;
  if (!a.lower.slice(c.end, before).every((w) => AUXILIARIES.has(w) || w.endsWith('ly'))) return false;
  const verb = a.lower[wordBefore(a, c.start)] ?? '';
  return verb.length > 3 && verb.endsWith('ed') && !a.chunks.some((x) => x.end === c.start);
}

function subjectBefore(a: SentenceAnalysis, before: number, nominalHead: number, nested = false): Subject {
  for (let ci = a.chunks.length - 1; ci >= 0; ci--) {
    if (a.chunks[ci]!.end > before || !canAct(a, a.chunks[ci]!, nominalHead)) continue;
    if (objectOfCoordinatedVerb(a, a.chunks[ci]!, before)) continue;
    let index = ci;
    const pronoun = a.lower.slice(a.chunks[ci]!.end, before).findIndex((w) => SUBJECT_PRONOUNS.has(w));
    if (pronoun !== -1) {
      const speaker = speakerBefore(a, a.chunks[ci]!.end + pronoun);
      if (speaker !== -1) index = speaker;
    }
    const members = group(a, index);
    const verb = wordBefore(a, members[0]!.start);
    if (!nested && verb >= 0 && DIRECTIVE_VERBS.has(a.lower[verb]!)) {
      return { actors: subjectBefore(a, verb, -1, true).actors, addressee: sides(members), speaks: false };
    }
    const end = a.chunks[index]!.end;
    // "the US must reduce its staff": a subject under obligation is the one ordered, not the one ordering.
    if (!nested && OBLIGATIONS.some((o) => o.every((w, k) => a.lower[end + k] === w))) {
      return { actors: speakerBefore(a, members[0]!.start) === -1 ? [] : sides([a.chunks[speakerBefore(a, members[0]!.start)]!]), addressee: sides(members), speaks: false };
    }
    return { actors: sides(members), addressee: [], speaks: a.lower.slice(end, end + 3).some((w) => SPEECH_VERBS.has(w)) };
  }
  return { actors: [], addressee: [], speaks: false };
}

/** The party acting before token `before` ("Putin rejects Lavrov's recommendation"), or null. */
export function partyBefore(a: SentenceAnalysis, before: number): Party | null {
  return subjectBefore(a, before, -1).actors[0] ?? null;
}

/** "..., Putin said": a chunk that reports rather than acts or undergoes. */
const reports = (a: SentenceAnalysis, c: PartyChunk): boolean => a.lower.slice(c.end, c.end + 3).some((w) => SPEECH_VERBS.has(w));

/** "In addition to expelling 35 diplomats, the Obama administration ...": the subject after an opening adjunct. */
function subjectAfterAdjunct(a: SentenceAnalysis, head: number): Sides {
  const comma = a.lower.indexOf(',', head);
  if (comma === -1 || a.clauses.of[head] !== 0 || a.lower.slice(0, head).includes(',')) return [];
  const ci = a.chunks.findIndex((c) => c.start > comma && c.start <= comma + 3 && usable(c) && c.role === 'party' && !reports(a, c));
  return ci === -1 ? [] : sides(group(a, ci));
}

/** The first chunk in [from, to) whose preposition is allowed, with its coordinated followers. */
// "officials linked to Russia's war on Ukraine": the state a war is waged on is no party of the act.
const CONFLICTS = new Set(['war', 'wars', 'invasion', 'aggression', 'offensive', 'assault', 'attack', 'attacks']);
const warredOn = (a: SentenceAnalysis, c: PartyChunk): boolean => c.preposition !== null && CONFLICTS.has(a.lower[a.lower.lastIndexOf(c.preposition, c.start) - 1] ?? '');

function chunkAfter(a: SentenceAnalysis, from: number, to: number, prepositions: ReadonlySet<string | null>, locations = false): Sides {
  const ci = a.chunks.findIndex(
    (c) => c.start >= from && c.end <= to && usable(c) && (locations || c.role !== 'location') && prepositions.has(c.preposition) && !reports(a, c) && !warredOn(a, c),
  );
  return ci === -1 ? [] : sides(group(a, ci));
}

/** The party named by "by ..." after `from`: "expelled by the United States", "approved by both houses of Congress". */
function byAgent(a: SentenceAnalysis, from: number): Sides {
  const by = a.lower.indexOf('by', from);
  // "the deadline by which the Security Council demanded ...": a relative clause, not the agent.
  if (by === -1 || ['which', 'whom', 'that'].includes(a.lower[by + 1] ?? '')) return [];
  const ci = a.chunks.findIndex((c) => c.start > by && c.start <= by + 4 && usable(c) && (c.role !== 'location' || c.metonym));
  return ci === -1 ? [] : sides(group(a, ci));
}

/** Whose the theme is: the "Russian" of "35 Russian diplomats", or the chunk the theme noun closes. */
function ownerOf(a: SentenceAnalysis, theme: number): Sides {
  if (theme < 0) return [];
  const c = a.chunks.find((x) => usable(x) && ((x.role === 'modifier' && x.head === theme) || (x.start <= theme && theme < x.end)));
  return c === undefined ? [] : sides([c]);
}

/** Whose people the act concerns, when they are named near it: "banned US diplomats from this dacha". */
function ownerOfPeople(a: SentenceAnalysis, from: number, to: number): Sides {
  const c = a.chunks.find((x) => x.role === 'modifier' && usable(x) && x.head >= from && x.head < to && ['diplomats', 'staff', 'officials', 'personnel', 'employees'].includes(a.lower[x.head]!));
  return c === undefined ? [] : sides([c]);
}

const REQUESTING = new Set(['ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'request', 'requests', 'requested', 'appealed', 'petitioned']);

/** "will ask the president to recall ...": the nearest directive before the act is a request, not an order. */
function requestBefore(a: SentenceAnalysis, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    if (REQUESTING.has(a.lower[k]!)) return true;
    if (DIRECTIVE_VERBS.has(a.lower[k]!)) return false;
  }
  return false;
}

/** The state whose envoy or staff the clause names: the "US" of "the US ambassador". */
function envoyOwner(a: SentenceAnalysis): Sides {
  const c = a.chunks.find((x) => x.role === 'modifier' && usable(x) && (AMBASSADOR_NOUNS.has(a.lower[x.head]!) || PEOPLE_NOUNS.has(a.lower[x.head]!)));
  return c === undefined ? [] : sides([c]);
}

/** "were ordered to leave the United States": the country left is the one expelling. */
function countryLeft(a: SentenceAnalysis, head: number): Sides {
  if (!LEAVE_WORDS.has(a.lower[head]!)) return [];
  return chunkAfter(a, head + 1, head + 4, new Set([null]));
}

const OBJECT = new Set<string | null>([null, 'against', 'on', 'with', 'of']);
const POSTING_REACH = 12;
const BARE = new Set<string | null>([null]);
const WITH = new Set<string | null>(['with', 'between']);
const ANCHOR = new Set<string | null>(['on', 'against']);
const POSTING = new Set<string | null>(['to', 'from', 'in']);
const FROM = new Set<string | null>(['from']);
const TO = new Set<string | null>(['to']);
const OF = new Set<string | null>(['of']);

/** Actor and target for one trigger, from the sentence alone. */
export function assignRoles(a: SentenceAnalysis, t: TriggerMatch): Roles {
  const end = clauseEnd(a, t.head);
  const before = subjectBefore(a, t.start, t.head);
  // "ordered China to close", "demanded that the United States cut": whom the order addresses.
  const addressee =
    before.addressee.length > 0 || t.start === t.head || !DIRECTIVE_VERBS.has(a.lower[t.start]!)
      ? before.addressee
      : chunkAfter(a, t.start + 1, Math.min(t.head, t.start + 4), BARE);
  const subject = before.actors.length > 0 ? before.actors : subjectAfterAdjunct(a, t.head);
  // Before a passive act stands what is acted on; only an order over it or the one announcing it
  // names an actor ("The US ordered that ... be closed", "Russia said the staff must be brought to 455").
  const orderer = t.start !== t.head || before.speaks ? subject : [];
  const afterHead = (preps = OBJECT): Sides => chunkAfter(a, t.head + 1, end, preps);

  switch (t.type) {
    case 'DiplomatsExpelled':
    case 'DiplomatsDetained':
    case 'DiplomatTravelRestricted':
    case 'InstitutionsClosed':
    case 'EntryBanImposed':
    case 'StaffReductionOrdered': {
      const owned = a.facilities.filter((f) => f.mission && f.owner !== null && f.owner !== 'self' && a.clauses.of[f.start] === a.clauses.of[t.head]);
      // "Russia's embassy in Prague must reduce its staff": "its" points back to the subject.
      const pointsBack = t.theme > 0 && POSSESSIVE_PRONOUNS.has(a.lower[t.theme - 1] ?? '');
      const mission = pointsBack ? (owned.filter((f) => f.start < t.head).at(-1) ?? owned[0]) : (owned.find((f) => f.start > t.head) ?? owned.at(-1));
      const actors = t.passive
        ? firstOf(() => byAgent(a, t.head), () => chunkAfter(a, t.head + 1, end, FROM, true), () => orderer)
        : firstOf(() => subject, () => countryLeft(a, t.head));
      // "The expelled ambassadors are A of Spain, B of Italy and C of Turkey": each one's state.
      const listed = t.passive && t.theme > t.head ? sides(a.chunks.filter((c) => c.start > t.theme && c.preposition === 'of' && c.role !== 'location')) : [];
      const targets = firstOf(
        () => listed,
        () => addressee,
        () => ownerOf(a, t.theme),
        // "expelled diplomats from Sweden, Poland and Germany": where the people are from.
        () => (t.passive || t.theme < 0 ? [] : chunkAfter(a, t.theme + 1, t.theme + 3, FROM, true)),
        // "four diplomats of Lithuania were ordered to leave": whose diplomats they are.
        () => (t.theme < 0 ? [] : chunkAfter(a, t.theme + 1, t.theme + 3, OF, true)),
        () => (t.passive ? [] : ownerOfPeople(a, t.head, end)),
        () => country(mission?.owner),
        () => (t.passive ? [] : afterHead()),
      );
      return { actors, targets };
    }
    case 'ConsulateClosed':
    case 'MissionReopened':
    case 'LocalStaffHiringBanned':
    case 'EmbassyRaided':
    case 'DiplomaticPropertySeized': {
      const facility = a.facilities.find((f) => f.start === t.theme);
      const owner = facility?.owner ?? null;
      // "Iran's embassy in London reopened": a mission reopened with no one else named is opened again by its owner.
      const reopenedByOwner = (): Sides => (t.type === 'MissionReopened' && t.passive && owner !== null && owner !== 'self' ? country(owner) : []);
      const actors = firstOf(() => (t.passive ? byAgent(a, t.head) : []), () => (t.passive ? orderer : subject), () => byAgent(a, t.head), reopenedByOwner);
      const acting = new Set(actors.map((p) => p.country));
      const ownedByActor = owner === 'self' || (owner !== null && acting.has(owner));
      const host = facility?.places.find((p) => p.country !== null)?.country ?? facility?.locatedIn[0] ?? null;
      const targets = firstOf(
        // "Egypt ordered its embassy in Damascus to close": an order to one's own mission addresses no other state.
        () => addressee.filter((p) => !acting.has(p.country)),
        () => (owner !== null && !ownedByActor ? country(owner) : []),
        () => (ownedByActor ? country(host) : []),
        () => ownerOfPeople(a, Math.min(t.start, t.theme < 0 ? t.start : t.theme) - 6, t.end + 6),
        () => (t.passive ? [] : afterHead()),
        // "Iran reopened three diplomatic missions in Saudi Arabia": a mission whose owner goes unsaid, in another state, is the actor's own there.
        () => (owner === null && !t.passive ? country(host).filter((p) => !acting.has(p.country)) : []),
      );
      return { actors, targets };
    }
    case 'SanctionsEnacted':
    case 'SanctionsEased': {
      const owner = sides(a.chunks.filter((c) => c.role === 'modifier' && c.head === t.head && usable(c)));
      const verbForm = ['sanctioned', 'sanctioning', 'sanctions', 'sanction'].includes(a.lower[t.head]!);
      // "announced the removal of restrictions": an easing named by a noun is still the subject's.
      const nominalActors = t.type === 'SanctionsEased' ? firstOf(() => owner, () => subject) : owner;
      const actors = t.passive ? firstOf(() => byAgent(a, t.head), () => owner) : t.nominal ? nominalActors : firstOf(() => subject, () => owner);
      // "restrictions on Americans doing business with Cuba": the actor's own people are never the target.
      const notActor = (option: () => Sides) => (): Sides => (t.type === 'SanctionsEased' ? option().filter((p) => !actors.some((x) => x.country === p.country)) : option());
      const targets = firstOf(...[
        () => chunkAfter(a, t.head + 1, end, ANCHOR),
        () => (verbForm && !t.passive ? afterHead(BARE) : []),
        () => (verbForm && t.passive ? subjectBefore(a, t.head, -1).actors : []),
        () => chunkAfter(a, t.start + 1, t.head, BARE),
        // "hit dozens of US officials with sanctions": the object between the verb and "with".
        () => (a.lower[t.head - 1] === 'with' ? chunkAfter(a, t.start + 1, t.head, OBJECT) : []),
        // Trade measures: "banned all Lebanese imports", "suspended trade with India".
        () => ownerOf(a, t.theme),
        () => (t.theme >= 0 ? chunkAfter(a, t.theme + 1, end, WITH) : []),
        // "a ban on imports of meat and fruit from the United States, Australia and Norway"
        () => (t.theme >= 0 && a.lower[t.theme] === 'imports' ? chunkAfter(a, t.theme + 1, end, FROM) : []),
        // "lifting limits on the amount of Cuban products": whose goods the measure held back.
        () => (t.type === 'SanctionsEased' ? sides(a.chunks.filter((c) => c.role === 'modifier' && c.start > t.head && c.start < end)) : []),
      ].map(notActor));
      return { actors, targets };
    }
    case 'AmbassadorRecalled':
    case 'EmbassyStaffRecalled': {
      // "All staff have been pulled out, including the US ambassador": whose envoy is called home is who calls him.
      const actors = t.passive ? firstOf(() => byAgent(a, t.head), () => ownerOf(a, t.theme), () => envoyOwner(a)) : firstOf(() => subject, () => (t.nominal ? envoyOwner(a) : []));
      const from = t.theme >= 0 ? t.theme + 1 : t.head + 1;
      const place = a.places.find((p) => p.start > from && p.start <= from + 3 && POSTING.has(a.lower[p.start - 1] ?? null));
      // The posting is named with the envoy ("its ambassador to Iran"), not clauses later ("... withdrawal from Kuwait").
      const posting = firstOf(() => chunkAfter(a, from, Math.min(Math.max(end, clauseEnd(a, from)), from + POSTING_REACH), POSTING, true), () => country(place?.country));
      const sameState = addressee.some((p) => actors.some((x) => x.country === p.country));
      // "China demanded that Lithuania recall its ambassador": the envoy posted with the one asking is sent away.
      const demanded = addressee.length > 0 && actors.length > 0 && !sameState && (posting.length === 0 || posting.some((p) => actors.some((x) => x.country === p.country)));
      if (addressee.length > 0 && !demanded) {
        // "asked Poland to recall its ambassador from Minsk", "will ask the president to recall the
        // ambassador from Washington": the one addressed is to call its own envoy home from the posting.
        // Only a request of one's own government ("ordered its foreign ministry to recall") is the decision itself.
        const targets = posting.filter((p) => !addressee.some((x) => x.country === p.country));
        return { actors: addressee, targets, requested: !sameState || requestBefore(a, t.start) };
      }
      const targets = firstOf(
        () => addressee,
        () => posting,
        () => afterHead(),
      ).filter((p) => !(t.passive && actors.some((x) => x.country === p.country)));
      return { actors, targets, departureDemanded: demanded };
    }
    case 'AmbassadorSummoned': {
      const actors = t.passive ? firstOf(() => byAgent(a, t.head), () => chunkAfter(a, t.head + 1, a.tokens.length, TO)) : subject;
      const targets = firstOf(
        () => ownerOf(a, t.theme),
        () => chunkAfter(a, t.theme + 1, t.theme + 4, OF),
        () => (t.passive ? [] : afterHead(BARE)),
      );
      return { actors, targets };
    }
    case 'DiplomaticRelationsRestored': {
      // "The United States and Cuba resumed relations": each restores ties with the other.
      const targets = firstOf(() => afterHead(WITH), () => afterHead());
      return { actors: subject, targets: targets.length === 0 && subject.length > 1 ? subject : targets };
    }
    case 'DiplomaticRelationsSuspended':
    case 'DiplomaticRelationsDowngraded':
    case 'HighLevelContactsSuspended':
    case 'TalksHeld': {
      // "Chavez severed Venezuela's relations with Colombia": whose relations they were, when the one acting is unlisted.
      const actors = firstOf(() => subject, () => sides(a.chunks.filter((c) => c.role === 'modifier' && c.head === t.theme && c.start > t.head)));
      return { actors, targets: firstOf(() => afterHead(WITH), () => afterHead()) };
    }
    case 'TreatyExtensionDeclined': {
      const actors = subjectBefore(a, t.head, -1).actors;
      const counterpart = a.chunks.find((c) => usable(c) && c.role !== 'location' && !actors.some((x) => x.country === c.country));
      return { actors, targets: counterpart === undefined ? [] : sides([counterpart]) };
    }
  }
}
