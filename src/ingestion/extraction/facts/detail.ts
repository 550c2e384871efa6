import type { FactEventType, Party } from '../../../domain/facts/fact-events.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import type { TriggerMatch } from '../rules/trigger-match.js';

const LEGISLATURES = new Set(['Senate', 'Congress', 'House of Representatives', 'Duma', 'House of Commons', 'Bundestag', 'Knesset', 'Sejm', 'Verkhovna Rada']);
const PASSING = new Set(['passed', 'approved', 'adopted', 'voted']);
const TREATIES: readonly [RegExp, string][] = [
  [/\bNew START\b/, 'New START'],
  [/\bINF\b|Intermediate-Range Nuclear Forces/, 'INF Treaty'],
  [/\bOpen Skies\b/, 'Open Skies Treaty'],
  [/\bJCPOA\b|Iran nuclear deal/, 'JCPOA'],
];

/** What the typed fields cannot hold: which bill, which treaty, how many facilities. */
export function detailOf(type: FactEventType, a: SentenceAnalysis, t: TriggerMatch, actor: Party | null, sentence: string): string | null {
  if (type === 'SanctionsEnacted' && actor?.name != null && LEGISLATURES.has(actor.name) && a.lower.includes('bill')) {
    const verb = a.lower.find((w) => PASSING.has(w));
    return verb === undefined ? null : `bill ${verb} by the ${actor.name}`;
  }
  if (type === 'TreatyExtensionDeclined') return TREATIES.find(([pattern]) => pattern.test(sentence))?.[1] ?? null;
  if (type === 'DiplomaticPropertySeized' || type === 'ConsulateClosed') {
    const facility = a.facilities.find((f) => f.start === t.theme);
    if (facility !== undefined && facility.quantity !== null && facility.quantity > 1) {
      return `${facility.quantity} ${a.tokens.slice(facility.start, facility.end).map((x) => x.text).join(' ')}`;
    }
  }
  return null;
}
