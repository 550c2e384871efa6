import { findDisputes } from './fact-compatibility.js';
import type { MergeFacts } from './fact-decider.js';
import { type CandidateFact, namedFacilities, type ReportToResolve, scoreCandidate } from './fact-resolution.js';
import type { CandidateScore } from './resolution-record.js';
import { describeInterval, intervalGap, PUBLICATION_LOOKBACK_DAYS, type ValidInterval, validIntervalOf } from './valid-interval.js';

/**
 * The score a report must reach against each of two facts to show they are one event: above a
 * mere match (MATCH_THRESHOLD), so the valid time and at least one more detail (a count, a
 * place) must agree, not the time and some shared words.
 */
export const MERGE_THRESHOLD = 1.5;

/** One fact a merge absorbs, with the report's score against it and why. */
export interface AbsorbedFact {
  readonly factId: string;
  readonly score: number;
  readonly reasons: readonly string[];
}

/** Facts of one identity key found to be one event: the absorbed ones become the survivor. */
export interface MergeDecision {
  readonly survivorId: string;
  readonly survivorScore: number;
  readonly survivorReasons: readonly string[];
  readonly absorbed: readonly AbsorbedFact[];
  /** Every candidate the report was scored against. */
  readonly candidates: readonly CandidateScore[];
}

const sorted = (interval: ValidInterval, other: ValidInterval): boolean => interval.to < other.from;

/**
 * Why two facts cannot be one event, whatever report bridges them, or null when they can be:
 * they must not disagree on any field (countries, modality, a stated date, a count), must not
 * name different places, and their valid times must lie within the tolerance of their
 * precision. A report that states no date only bounds the end of its window (it happened on or
 * before its publication): a fact earlier than the window's guessed start may still be the same
 * act, up to one more lookback.
 */
export function whyNotOneEvent(a: CandidateFact, b: CandidateFact): string | null {
  const disputes = findDisputes(a.recorded, b.recorded);
  if (disputes.length > 0) return `they disagree on ${disputes.map((d) => d.field).join(', ')}`;
  const [placesA, placesB] = [a.recorded.places, b.recorded.places].map((p) => namedFacilities(p, () => true)) as [Set<string>, Set<string>];
  if (placesA.size > 0 && placesB.size > 0 && ![...placesA].some((p) => placesB.has(p))) {
    return `they name other places: ${[...placesA].join(', ')} / ${[...placesB].join(', ')}`;
  }
  const [ia, ib] = [validIntervalOf(a.recorded.validTime), validIntervalOf(b.recorded.validTime)];
  if (ia === null || ib === null) return 'a valid time is not anchored';
  const { gapDays, toleranceDays } = intervalGap(ia, ib);
  const openStart = (ia.precision === 'on-or-before' && sorted(ib, ia)) || (ib.precision === 'on-or-before' && sorted(ia, ib));
  const allowed = toleranceDays + (openStart ? PUBLICATION_LOOKBACK_DAYS : 0);
  return gapDays > allowed
    ? `valid time ${describeInterval(ia)} against ${describeInterval(ib)}: ${gapDays} days apart, tolerance ${allowed}`
    : null;
}

/**
 * Whether a report shows that facts the ledger holds as several are one event. It must match
 * two or more candidates strongly (MERGE_THRESHOLD), and those must be one event with each
 * other (whyNotOneEvent). Starting from the best-scoring one, each other strong candidate that
 * agrees with every fact taken so far joins. The survivor is the first of them in `candidates`
 * order, which the caller gives as recorded (the identity key's index lists facts as they were
 * created), so the earliest-recorded fact absorbs the others whatever order the reports come in.
 */
export function decideMerge(report: ReportToResolve, candidates: readonly CandidateFact[]): MergeDecision | null {
  const scored = candidates.map((candidate) => ({ candidate, score: scoreCandidate(report, candidate) }));
  const strong = scored
    .filter(({ score }) => score.score !== null && score.score >= MERGE_THRESHOLD)
    .sort((a, b) => b.score.score! - a.score.score!);
  const group: typeof strong = [];
  for (const entry of strong) {
    if (group.every((member) => whyNotOneEvent(member.candidate, entry.candidate) === null)) group.push(entry);
  }
  if (group.length < 2) return null;
  const [survivor, ...absorbed] = scored.filter((entry) => group.includes(entry));
  return {
    survivorId: survivor!.candidate.factId,
    survivorScore: survivor!.score.score!,
    survivorReasons: survivor!.score.reasons,
    absorbed: absorbed.map(({ candidate, score }) => ({ factId: candidate.factId, score: score.score!, reasons: score.reasons })),
    candidates: scored.map(({ score }) => score),
  };
}

/** What to decide on each absorbed fact's stream: a MergeFacts with the report and the reasons. */
export function mergeCommands(decision: MergeDecision, report: { readonly documentId: string; readonly quote: string }): MergeFacts[] {
  return decision.absorbed.map((absorbed) => ({
    type: 'MergeFacts',
    factId: absorbed.factId,
    mergedInto: decision.survivorId,
    documentId: report.documentId,
    quote: report.quote,
    score: absorbed.score,
    survivorScore: decision.survivorScore,
    reasons: [
      ...absorbed.reasons.map((reason) => `report against ${absorbed.factId}: ${reason}`),
      ...decision.survivorReasons.map((reason) => `report against ${decision.survivorId}: ${reason}`),
      `${absorbed.factId} and ${decision.survivorId} disagree on no field, name no other places, and lie within tolerance in time`,
    ],
  }));
}
