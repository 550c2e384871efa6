import { findDisputes } from './fact-compatibility.js';
import type { FacilityKind, FactValues, Party, Place } from './fact-events.js';
import { type ModalityClass, modalityClass } from './modality-class.js';
import type { CandidateScore, Resolution } from './resolution-record.js';
import { describeInterval, intervalGap, type ValidInterval, validIntervalOf } from './valid-interval.js';

/** A fact a new report might be another report of: same type family, actor and target. */
export interface CandidateFact {
  readonly factId: string;
  readonly recorded: FactValues;
  /** The words of the reports it already has, for the wording score. */
  readonly quotes: readonly string[];
}

export interface ReportToResolve {
  readonly values: FactValues;
  readonly quote: string;
}

/** The lowest score at which a candidate is taken to be the same event. */
export const MATCH_THRESHOLD = 0;

// A differing count weighs less than a close valid time: outlets report one act with other figures
// more often than one country does the same thing to another twice within days.
const WEIGHTS = { time: 1, countsAgree: 1, countsDiffer: -0.5, placeShared: 1, placesDiffer: -0.5, person: 0.25, wording: 1 };

export const MISSIONS: ReadonlySet<FacilityKind> = new Set(['embassy', 'consulate-general', 'consulate', 'trade-mission', 'diplomatic-mission']);

const isProperName = (name: string): boolean => /^\p{Lu}/u.test(name);
const norm = (text: string): string => text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Proper names of the places a report puts a facility at ("Seattle"), lowercased. */
export const namedFacilities = (places: readonly Place[], kinds: (kind: FacilityKind) => boolean): Set<string> =>
  new Set(places.filter((p) => p.facility !== null && kinds(p.facility) && isProperName(p.name)).map((p) => norm(p.name)));

const words = (text: string): Set<string> => new Set(norm(text).split(' ').filter((word) => word.length > 3));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function personScore(role: string, recorded: Party, reported: Party): [number, string] | null {
  if (recorded.name === null || reported.name === null) return null;
  return norm(recorded.name) === norm(reported.name)
    ? [WEIGHTS.person, `${role} named alike: ${reported.name}`]
    : [-WEIGHTS.person, `${role} named differently: ${recorded.name} / ${reported.name}`];
}

/**
 * The exclusions a fact's modality class and valid interval alone decide (the key index holds
 * both), or how far apart the times are.
 */
export function screen(
  report: FactValues,
  known: { modalityClass: ModalityClass; interval: ValidInterval | null },
): { excludedBecause: string } | { gapDays: number; toleranceDays: number; times: string } {
  const reportedClass = modalityClass(report.modality);
  if (reportedClass !== known.modalityClass) return { excludedBecause: `modality ${reportedClass} is not ${known.modalityClass}` };
  const interval = validIntervalOf(report.validTime);
  if (interval === null || known.interval === null) return { excludedBecause: 'a valid time is not anchored' };
  const { gapDays, toleranceDays } = intervalGap(interval, known.interval);
  const times = `${describeInterval(interval)} against ${describeInterval(known.interval)}`;
  return gapDays > toleranceDays
    ? { excludedBecause: `valid time ${times}: ${gapDays} days apart, tolerance ${toleranceDays}` }
    : { gapDays, toleranceDays, times };
}

/**
 * Scores a candidate, or excludes it. Exclusions are what make two events distinct whatever
 * else agrees: another modality class (a proposal is not the act), valid times too far apart
 * for their precision, a diplomatic mission in another city. Counts, other places, persons and
 * wording only weigh: reports round counts and name people and places partially.
 */
export function scoreCandidate(report: ReportToResolve, candidate: CandidateFact): CandidateScore {
  const { factId, recorded } = candidate;
  const { values } = report;
  const exclude = (because: string): CandidateScore => ({ factId, score: null, reasons: [], excludedBecause: because });
  const time = screen(values, { modalityClass: modalityClass(recorded.modality), interval: validIntervalOf(recorded.validTime) });
  if ('excludedBecause' in time) return exclude(time.excludedBecause);
  const { gapDays, toleranceDays, times } = time;
  const [reportedMissions, recordedMissions] = [values.places, recorded.places].map((p) => namedFacilities(p, (k) => MISSIONS.has(k))) as [Set<string>, Set<string>];
  if (reportedMissions.size > 0 && recordedMissions.size > 0 && ![...reportedMissions].some((p) => recordedMissions.has(p))) {
    return exclude(`missions in other places: ${[...reportedMissions].join(', ')} / ${[...recordedMissions].join(', ')}`);
  }

  const parts: [number, string][] = [[WEIGHTS.time * (1 - gapDays / (toleranceDays + 1)), `valid time ${times}: ${gapDays} days apart`]];
  if (values.counts !== null && recorded.counts !== null) {
    const differ = findDisputes(recorded, values).filter((d) => d.field.startsWith('counts.'));
    parts.push(differ.length === 0 ? [WEIGHTS.countsAgree, 'counts agree'] : [WEIGHTS.countsDiffer, `counts differ on ${differ.map((d) => d.field).join(', ')}`]);
  }
  const [reportedPlaces, recordedPlaces] = [values.places, recorded.places].map((p) => namedFacilities(p, () => true)) as [Set<string>, Set<string>];
  if (reportedPlaces.size > 0 && recordedPlaces.size > 0) {
    const shared = [...reportedPlaces].filter((p) => recordedPlaces.has(p));
    parts.push(shared.length > 0 ? [WEIGHTS.placeShared, `places shared: ${shared.join(', ')}`] : [WEIGHTS.placesDiffer, 'no place in common']);
  }
  for (const person of [personScore('actor', recorded.actor, values.actor), personScore('target', recorded.target, values.target)]) {
    if (person) parts.push(person);
  }
  const reportWords = words(report.quote);
  const wording = Math.max(0, ...candidate.quotes.map((quote) => jaccard(reportWords, words(quote))));
  if (wording > 0) parts.push([WEIGHTS.wording * wording, `wording overlap ${round(wording)}`]);
  const score = round(parts.reduce((sum, [points]) => sum + points, 0));
  return { factId, score, reasons: parts.map(([points, reason]) => `${reason} (${points >= 0 ? '+' : ''}${round(points)})`), excludedBecause: null };
}

/**
 * Decides which known fact a report is another report of, if any: the best-scoring candidate
 * at or above MATCH_THRESHOLD (the first listed on a tie), a dispute when it disagrees on a
 * field, a corroboration otherwise; a new fact when no candidate qualifies.
 */
export function resolveReport(report: ReportToResolve, candidates: readonly CandidateFact[]): Resolution {
  const scored = candidates.map((candidate) => scoreCandidate(report, candidate));
  let best: { candidate: CandidateFact; score: CandidateScore } | null = null;
  for (const [i, score] of scored.entries()) {
    if (score.score === null || score.score < MATCH_THRESHOLD) continue;
    if (best === null || score.score > best.score.score!) best = { candidate: candidates[i]!, score };
  }
  if (best === null) {
    const reasons = candidates.length === 0 ? ['no known fact of this type between these parties'] : ['no candidate reached the threshold'];
    return { decision: 'new-fact', method: 'scored', matchedFactId: null, score: null, reasons, disputedFields: [], candidates: scored };
  }
  const disputedFields = findDisputes(best.candidate.recorded, report.values).map((d) => d.field);
  return {
    decision: disputedFields.length > 0 ? 'disputes' : 'corroborates',
    method: 'scored',
    matchedFactId: best.candidate.factId,
    score: best.score.score,
    reasons: best.score.reasons,
    disputedFields,
    candidates: scored,
  };
}
