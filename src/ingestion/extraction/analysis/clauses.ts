import type { Token } from '../text/tokens.js';

/**
 * The clauses of a sentence, as far as extraction needs them: where each starts, which are
 * background ("after 35 diplomats were expelled", "in response to new sanctions") and which
 * token ranges only compare ("the same number as the Russian mission in the US").
 */
export interface Clauses {
  /** Clause index of every token. */
  readonly of: readonly number[];
  readonly starts: readonly number[];
  readonly background: readonly boolean[];
  readonly comparisons: readonly (readonly [number, number])[];
}

const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')']);
const AFTER_COMMA = new Set([
  'but', 'while', 'whereas', 'although', 'though', 'which', 'who', 'whose', 'where', 'when', 'as', 'after', 'despite', 'amid',
  'because', 'following', 'according', 'a', 'an', 'the', 'same', 'invoking', 'saying', 'accusing', 'citing', 'calling',
  'adding', 'arguing', 'claiming', 'stating',
]);
const BACKGROUND = new Set(['after', 'amid', 'despite', 'because', 'following', 'since', 'when']);
const SUBORDINATORS = new Set(['after', 'when', 'if', 'although', 'though', 'because', 'since', 'as', 'while', 'following', 'despite', 'once', 'unless', 'before']);
const CONCESSIVE = new Set(['if', 'although', 'though', 'while']);
const OVER_OBJECTS = new Set(['the', 'a', 'an', 'alleged', 'what', 'its', 'their', 'his', 'her']);
// "took over the consulate" is an act, not a reason.
const PARTICLE_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking', 'hand', 'hands', 'handed', 'handing', 'turn', 'turned', 'turning', 'won', 'win']);
const COMPARISON = new Set(['same', 'compared', 'equal', 'parity', 'matching', 'level']);

/** "in response to", "in retaliation for", "in a tit-for-tat response to" */
function responsePhraseAt(lower: readonly string[], i: number): boolean {
  if (lower[i] !== 'in') return false;
  for (let k = i + 1; k <= i + 6 && k < lower.length; k++) {
    // "In response, Moscow ordered ...": a connective, not a clause about something else.
    if (lower[k] === 'response' || lower[k] === 'retaliation') return lower[k + 1] !== ',';
  }
  return false;
}

const RESPONSES = new Set(['response', 'reaction', 'retaliation']);
const COORDINATED = new Set(['and', 'or']);

function startsBackground(lower: readonly string[], i: number): boolean {
  const w = lower[i]!;
  if (responsePhraseAt(lower, i)) return true;
  // "working on a response to the U.S. decision to ...": what is responded to is background, with or
  // without "in"; "a retaliatory move for ... and a response to ..." is a description of the act itself.
  if (RESPONSES.has(w) && (lower[i + 1] === 'to' || lower[i + 1] === 'for') && lower[i - 1] !== 'in') return !COORDINATED.has(lower[i - 2] ?? '') && !COORDINATED.has(lower[i - 1] ?? '');
  if (w === 'over') return OVER_OBJECTS.has(lower[i + 1] ?? '') && !PARTICLE_VERBS.has(lower[i - 1] ?? '');
  return BACKGROUND.has(w);
}

/**
 * `subjectStarts`: token indexes where a party or subject pronoun begins; they end a fronted
 * clause. `nameStarts`: where any gazetteer name begins; ", and Washington" continues a list,
 * ", and two Russian compounds were closed" starts a clause.
 */
export function findClauses(tokens: readonly Token[], lower: readonly string[], subjectStarts: ReadonlySet<number>, nameStarts: ReadonlySet<number>): Clauses {
  const of: number[] = [];
  const starts: number[] = [0];
  const background: boolean[] = [];
  let frontedOpen = tokens.length > 0 && SUBORDINATORS.has(lower[0]!);
  // A fronted "After ..." or "When ..." clause is background; a fronted "If ..." or "Although ..." is not a report of its own.
  const fronted = frontedOpen && !CONCESSIVE.has(lower[0]!);
  background.push(fronted || startsBackground(lower, 0));
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const prev = lower[i - 1]!;
      const w = lower[i]!;
      // "the United Arab Emirates (UAE) embassy": a bracketed abbreviation breaks no clause.
      const abbreviation = (prev === '(' && lower[i + 1] === ')') || (prev === ')' && lower[i - 3] === '(');
      let split = (HARD_BREAKS.has(prev) && !abbreviation) || startsBackground(lower, i);
      if (prev === ',') {
        if (frontedOpen && subjectStarts.has(i)) {
          split = true;
          frontedOpen = false;
        } else if (!frontedOpen && (AFTER_COMMA.has(w) || (tokens[i]!.kind === 'word' && !tokens[i]!.capitalized && w.endsWith('ing')))) split = true;
        else if (!frontedOpen && (w === 'and' || w === 'or') && !nameStarts.has(i + 1) && lower[i + 1] !== 'the') split = true;
      }
      if (split && starts[starts.length - 1] !== i) {
        starts.push(i);
        background.push(startsBackground(lower, i));
      }
    }
    of.push(starts.length - 1);
  }
  const comparisons: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!COMPARISON.has(lower[i]!)) continue;
    const clause = of[i]!;
    let end = i;
    while (end < tokens.length && of[end] === clause) end++;
    comparisons.push([i, end]);
    i = end - 1;
  }
  return { of, starts, background, comparisons };
}

export const inComparison = (clauses: Clauses, token: number): boolean => clauses.comparisons.some(([a, b]) => token >= a && token < b);
