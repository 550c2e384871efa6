import type { Place } from '../../../domain/facts/fact-events.js';
import { inComparison } from '../analysis/clauses.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import type { TriggerMatch } from '../rules/trigger-match.js';

const NEAR = new Set(['in', 'at', 'near', 'outside']);
// "on the outskirts of Moscow"
const OUTSKIRTS = new Set(['outskirts', 'suburbs', 'centre', 'center', 'edge', 'heart', 'south', 'north', 'east', 'west']);

/**
 * Adds a place unless it is known: a named facility replaces a generic mention of the same
 * place ("diplomatic offices in San Francisco" then "the consulate general in San Francisco"),
 * and a second facility in the same place is kept beside the first.
 */
export function addPlace(places: Place[], p: Place): void {
  const same = places.findIndex((q) => q.name === p.name);
  if (same === -1) places.push(p);
  else if (places[same]!.facility === null || places[same]!.facility === 'diplomatic-mission') {
    if (p.facility !== null) places[same] = p;
  } else if (p.facility !== null && p.facility !== 'diplomatic-mission' && !places.some((q) => q.name === p.name && q.facility === p.facility)) places.push(p);
}

/**
 * Places the act concerns, in token window [from, to): the locations of the facilities it
 * names ("the consulate general in San Francisco"); for talks, where they are held. A place
 * only compared with ("the same number as the Russian mission in the US") is left out.
 */
export function placesFor(a: SentenceAnalysis, t: TriggerMatch, from: number, to: number): Place[] {
  const places: Place[] = [];
  const add = (p: Place): void => addPlace(places, p);
  if (t.type === 'SanctionsEnacted' || t.type === 'DiplomaticRelationsSuspended' || t.type === 'TreatyExtensionDeclined') return places;
  const wanted = (mission: boolean, property: boolean): boolean =>
    t.type === 'ConsulateClosed' ? mission : t.type === 'DiplomaticPropertySeized' ? property : true;
  const ownClause = a.clauses.of[t.head];
  const aside = (i: number): boolean => a.clauses.of[i] !== ownClause && a.clauses.background[a.clauses.of[i]!]!;
  const facilities = a.facilities.filter((f) => f.end > from && f.start < to && !inComparison(a.clauses, f.start) && !aside(f.start) && wanted(f.mission, f.property));
  for (const f of facilities) for (const p of f.places) add({ name: p.name, country: p.country, facility: f.kind });
  if (t.type === 'StaffReductionOrdered' && t.theme >= 0) {
    // "reduce their diplomatic staff in Minsk"
    const p = a.places.find((x) => x.start === t.theme + 2 && a.lower[t.theme + 1] === 'in' && !inComparison(a.clauses, x.start));
    if (p !== undefined) add({ name: p.name, country: p.country, facility: null });
  }
  if (places.length === 0 && (t.type === 'ConsulateClosed' || t.type === 'DiplomaticPropertySeized')) {
    // "Two properties used by US diplomats near Moscow": a place close after the facility or the act.
    const kind = a.facilities.find((f) => f.start === t.theme)?.kind ?? null;
    const anchor = Math.max(t.theme, t.head);
    for (const p of a.places) {
      const near = p.start > Math.min(t.theme < 0 ? t.head : t.theme, t.head) && p.start <= anchor + 6;
      const located = NEAR.has(a.lower[p.start - 1] ?? '') || (a.lower[p.start - 1] === 'of' && OUTSKIRTS.has(a.lower[p.start - 2] ?? ''));
      if (near && p.end <= to && located && !inComparison(a.clauses, p.start)) add({ name: p.name, country: p.country, facility: kind });
    }
  }
  return places;
}
