/** What resolution records on each report event (see resolveReport in fact-resolution.ts). */

/** How one candidate fared: its score and why, or why it could not be the same event. */
export interface CandidateScore {
  readonly factId: string;
  readonly score: number | null;
  readonly reasons: readonly string[];
  readonly excludedBecause: string | null;
}

/**
 * Why a report went where it went, recorded on the event it became so that a reader can audit
 * it and re-extraction can decide again. `method` says what decided: the score, a curator's
 * grouping, or the report being already on that fact.
 */
export interface Resolution {
  readonly decision: 'new-fact' | 'corroborates' | 'disputes';
  readonly method: 'scored' | 'curated' | 'already-reported';
  /** The fact it joined; null for a new fact. */
  readonly matchedFactId: string | null;
  readonly score: number | null;
  readonly reasons: readonly string[];
  /** Fields on which the report disagrees with the fact it joined. */
  readonly disputedFields: readonly string[];
  readonly candidates: readonly CandidateScore[];
}
