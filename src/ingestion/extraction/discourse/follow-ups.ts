import { inComparison } from '../analysis/clauses.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { resolveDate } from '../dates/resolve-date.js';
import type { TextSegment } from '../extracted-fact.js';
import type { DraftFact } from '../facts/draft-fact.js';
import { addPlace } from '../facts/places.js';
import { partyBefore } from '../facts/roles.js';

const REJECT = new Set(['rejects', 'rejected', 'reject', 'rejecting', 'vetoed', 'vetoes', 'overruled', 'overrules', 'dismissed', 'dismisses']);
const PROPOSALS = new Set(['recommendation', 'recommendations', 'proposal', 'proposals', 'suggestion', 'plan', 'idea', 'advice', 'request', 'call', 'calls', 'offer']);
const ELABORATED = new Set(['StaffReductionOrdered', 'ConsulateClosed', 'DiplomaticPropertySeized', 'DiplomatsExpelled']);

/**
 * "Putin rejects Lavrov's recommendation": a refusal of a proposal made just before is the
 * same act, now rejected, by whoever refuses. `recent` are the facts still within reach.
 */
export function rejectionOf(a: SentenceAnalysis, sentence: number, segment: TextSegment, recent: readonly DraftFact[]): DraftFact | null {
  const verb = a.lower.findIndex((w, k) => (REJECT.has(w) || (w === 'turned' && a.lower[k + 1] === 'down')) && a.lower.slice(k + 1, k + 5).some((x) => PROPOSALS.has(x)));
  if (verb === -1) return null;
  const proposal = [...recent].reverse().find((d) => d.modality === 'proposed');
  const rejecter = partyBefore(a, verb);
  if (proposal === undefined || rejecter === null || proposal.target === null || proposal.target.country === rejecter.country) return null;
  const dated = a.dates.find((d) => !d.deadline);
  const occurredOn =
    (dated === undefined ? null : resolveDate(dated.expression, dated.future, a.referenceDate)) ??
    (segment.eventsOnReferenceDate && segment.referenceDate !== null ? { value: segment.referenceDate, precision: 'day' as const } : null);
  return {
    type: proposal.type,
    actor: rejecter,
    target: proposal.target,
    actorInferred: false,
    targetInferred: true,
    counts: proposal.counts,
    places: [...proposal.places],
    validTime: { occurredOn, effectiveOn: null },
    modality: 'denied',
    detail: null,
    strength: 0.75,
    nominal: false,
    lastSentence: sentence,
    start: proposal.start,
    end: a.end,
  };
}

/**
 * "Staff in embassies in Moscow, Ekaterinburg, Vladivostok and St Petersburg will be
 * affected": a sentence with no act of its own that places the act just before it.
 */
export function elaborate(a: SentenceAnalysis, sentence: number, previous: DraftFact | undefined): void {
  if (previous === undefined || previous.lastSentence !== sentence - 1 || !ELABORATED.has(previous.type)) return;
  const facilities = a.facilities.filter(
    (f) => f.places.length > 0 && !inComparison(a.clauses, f.start) && (previous.type === 'ConsulateClosed' ? f.mission : previous.type === 'DiplomaticPropertySeized' ? f.property : true),
  );
  if (facilities.length === 0) return;
  for (const f of facilities) for (const p of f.places) addPlace(previous.places, { name: p.name, country: p.country, facility: f.kind });
  previous.lastSentence = sentence;
  previous.end = a.end;
}
