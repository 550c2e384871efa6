import type { FactEventType, ValidTime } from '../../../domain/facts/fact-events.js';
import type { PartialDate } from '../../../domain/shared/partial-date.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import type { DateMention } from '../dates/date-mentions.js';
import { SPEECH_VERBS } from '../lexicon/event-words.js';
import { resolveDate } from '../dates/resolve-date.js';
import type { TriggerMatch } from '../rules/trigger-match.js';

/** A clause that only reports: "..., the White House said on Monday". */
const reportsOn = (a: SentenceAnalysis, clause: number): boolean => a.lower.some((w, k) => a.clauses.of[k] === clause && SPEECH_VERBS.has(w));

/**
 * Which dates belong to which act. A date before every act that opens the sentence ("In
 * December, the Obama administration ordered ... and expelled ...") dates them all; a date
 * inside a noun phrase ("the January telephone conversation") dates that phrase; any other
 * date that says when something happened dates every act in its clause, a deadline only the
 * nearest; a date in a reporting clause ("the White House said on Monday") dates all acts,
 * and a deadline in a trailing clause the act before it. Acts in background clauses ("in
 * response to sanctions announced by ...") do not share the sentence's opening date.
 */
export function attachDates(a: SentenceAnalysis, triggers: readonly TriggerMatch[]): Map<TriggerMatch, DateMention[]> {
  const attached = new Map<TriggerMatch, DateMention[]>(triggers.map((t) => [t, []]));
  if (triggers.length === 0) return attached;
  const firstStart = Math.min(...triggers.map((t) => t.start));
  const nearest = (d: DateMention, candidates: readonly TriggerMatch[]): TriggerMatch | undefined =>
    [...candidates].sort((x, y) => Math.abs(x.head - d.start) - Math.abs(y.head - d.start))[0];
  for (const d of a.dates) {
    let owners: readonly TriggerMatch[];
    if (d.attributive) {
      const t = triggers.find((x) => x.head >= d.end && x.head <= d.end + 3) ?? nearest(d, triggers);
      owners = t === undefined ? [] : [t];
    } else if (d.end <= firstStart && !a.clauses.background[a.clauses.of[d.start]!]) {
      owners = triggers.filter((t) => !a.clauses.background[a.clauses.of[t.head]!]);
    } else {
      const clause = a.clauses.of[d.start];
      const sameClause = triggers.filter((t) => a.clauses.of[t.head] === clause);
      if (sameClause.length === 0) {
        // "..., giving them five days to leave": a deadline in a trailing clause is the last act's.
        const preceding = triggers.filter((t) => t.head < d.start).at(-1);
        owners = reportsOn(a, clause!) ? triggers : d.deadline && preceding !== undefined ? [preceding] : [];
      } else if (!d.deadline && !d.future) {
        owners = sameClause;
      } else {
        const t = nearest(d, sameClause);
        owners = t === undefined ? [] : [t];
      }
    }
    for (const t of owners) attached.get(t)!.push(d);
  }
  return attached;
}

/**
 * Resolves an act's dates: deadlines and future dates are when it takes effect (talks excepted:
 * a planned meeting's date is when it happens); others are when it happened. A duration
 * ("within 72 hours") counts from the day it happened when that is known to the day.
 */
export function validTimeOf(type: FactEventType, dates: readonly DateMention[], reference: string | null): ValidTime {
  const effectiveRole = (d: DateMention): boolean => d.deadline || d.future;
  let occurredOn: PartialDate | null = null;
  for (const d of dates) {
    if (effectiveRole(d) || occurredOn !== null) continue;
    occurredOn = resolveDate(d.expression, d.future, reference);
  }
  const base = occurredOn?.precision === 'day' ? occurredOn.value : null;
  let effectiveOn: PartialDate | null = null;
  for (const d of dates) {
    if (!effectiveRole(d) || effectiveOn !== null) continue;
    effectiveOn = resolveDate(d.expression, true, reference, base);
  }
  return { occurredOn, effectiveOn };
}
