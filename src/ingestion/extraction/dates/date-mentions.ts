import { readFigure } from '../lexicon/numbers.js';
import type { Token } from '../text/tokens.js';

/** What a date phrase says, before it is resolved against a reference date. */
export type DateExpression =
  | { readonly kind: 'day'; readonly year: number | null; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly year: number | null; readonly month: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'relative'; readonly unit: 'day' | 'week' | 'month' | 'year'; readonly offset: number }
  | { readonly kind: 'duration'; readonly days: number; readonly months: number };

export interface DateMention {
  /** Token span [start, end). */
  readonly start: number;
  readonly end: number;
  readonly expression: DateExpression;
  /** A deadline or start of effect: "by September 1", "within two days", "from August 1". */
  readonly deadline: boolean;
  /** Read forward from the reference date: deadlines and future tense ("will close on Saturday"). */
  readonly future: boolean;
  /** Part of a noun phrase ("the January telephone conversation"): it dates that phrase only. */
  readonly attributive: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11,
  dec: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const UNIT_DAYS: Readonly<Record<string, [number, number]>> = {
  hour: [1 / 24, 0], hours: [1 / 24, 0], day: [1, 0], days: [1, 0], week: [7, 0], weeks: [7, 0], month: [0, 1], months: [0, 1],
};
// Words before a month that keep month precision: "the end of July", "mid-September", "late July".
const MONTH_PARTS = [['the', 'end', 'of'], ['the', 'middle', 'of'], ['the', 'beginning', 'of'], ['the', 'start', 'of'], ['end', 'of'], ['mid'], ['late'], ['early']];
const DEADLINE_BEFORE = [['no', 'later', 'than'], ['deadline', 'of'], ['by'], ['before'], ['until'], ['till'], ['within'], ['from'], ['effective'], ['starting'], ['as', 'of'], ['deadline']];
const FUTURE_MARKERS = new Set(['will', 'would', 'shall', "'ll", 'must', 'due', 'set', 'scheduled', 'next', 'expected', 'plans', 'plan', 'planned', 'upcoming']);
const CLAUSE_STOPS = new Set([';', ':', '—', '–', '.']);

const isYear = (t: Token | undefined): number | null => {
  if (t === undefined || t.kind !== 'number' || !/^(?:19|20)\d{2}$/.test(t.text)) return null;
  return Number(t.text);
};
const dayNumber = (t: Token | undefined): number | null => {
  if (t === undefined || t.kind !== 'number') return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.text);
  const n = m === null ? NaN : Number(m[1]);
  return n >= 1 && n <= 31 ? n : null;
};
const monthAt = (tokens: readonly Token[], i: number): number | null => {
  const t = tokens[i];
  if (t === undefined || !t.capitalized) return null;
  const m = MONTHS[t.lower];
  if (m === undefined) return null;
  // "May" and "March" are also a modal, a name and a verb: they need a date-like neighbour.
  if ((t.lower === 'may' || t.lower === 'march') && dayNumber(tokens[i + 1]) === null && isYear(tokens[i + 1]) === null) {
    const before = tokens[i - 1]?.lower;
    if (before !== 'in' && before !== 'of' && before !== 'by' && before !== 'since' && before !== 'until' && before !== 'mid') return null;
  }
  return m;
};
const phraseBefore = (tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number => {
  for (const p of phrases) if (p.every((w, k) => tokens[at - p.length + k]?.lower === w)) return p.length;
  return 0;
};

interface Raw {
  start: number;
  end: number;
  expression: DateExpression;
  attributive: boolean;
}

function readAt(tokens: readonly Token[], i: number): Raw | null {
  const t = tokens[i]!;
  if (t.kind === 'number' && /^\d{4}-\d{2}-\d{2}$/.test(t.text)) {
    const [y, m, d] = t.text.split('-').map(Number);
    return { start: i, end: i + 1, expression: { kind: 'day', year: y!, month: m!, day: d! }, attributive: false };
  }
  const month = monthAt(tokens, i);
  if (month !== null) {
    let j = i + 1;
    if (tokens[j]?.text === '.') j++;
    const day = dayNumber(tokens[j]);
    if (day !== null) {
      let k = j + 1;
      if (tokens[k]?.text === ',') k++;
      const year = isYear(tokens[k]);
      return { start: i, end: year === null ? j + 1 : k + 1, expression: { kind: 'day', year, month, day }, attributive: false };
    }
    const year = isYear(tokens[j]);
    if (year !== null) return { start: i, end: j + 1, expression: { kind: 'month', year, month }, attributive: false };
    const next = tokens[i + 1];
    const attributive = next !== undefined && next.kind === 'word' && !next.capitalized && next.lower !== 'of' && next.lower !== 'and' && ['the', 'a', 'this', "'s"].includes(tokens[i - 1]?.lower ?? '');
    return { start: i, end: i + 1, expression: { kind: 'month', year: null, month }, attributive };
  }
  const day = dayNumber(t);
  if (day !== null) {
    const m = monthAt(tokens, i + 1);
    if (m !== null) {
      const year = isYear(tokens[i + 2]);
      return { start: i, end: year === null ? i + 2 : i + 3, expression: { kind: 'day', year, month: m, day }, attributive: false };
    }
  }
  const year = isYear(t);
  if (year !== null) {
    const before = tokens[i - 1]?.lower ?? '';
    const next = tokens[i + 1];
    const attributive = next !== undefined && next.kind === 'word' && !next.capitalized;
    if (['in', 'since', 'during', 'until', 'before', 'after', 'of', 'by', 'early', 'late', 'mid'].includes(before) && !attributive) {
      return { start: i, end: i + 1, expression: { kind: 'year', year }, attributive: false };
    }
    return null;
  }
  if (t.capitalized && WEEKDAYS[t.lower] !== undefined) {
    return { start: i, end: i + 1, expression: { kind: 'weekday', weekday: WEEKDAYS[t.lower]! }, attributive: false };
  }
  const relativeDay = { yesterday: -1, today: 0, tomorrow: 1 }[t.lower];
  if (relativeDay !== undefined) return { start: i, end: i + 1, expression: { kind: 'relative', unit: 'day', offset: relativeDay }, attributive: false };
  const direction = { last: -1, next: 1, this: 0, past: -1 }[t.lower];
  const unit = tokens[i + 1]?.lower;
  if (direction !== undefined && (unit === 'week' || unit === 'month' || unit === 'year')) {
    const earlier = tokens[i - 1]?.lower === 'earlier' || tokens[i - 1]?.lower === 'later' ? 1 : 0;
    return { start: i - earlier, end: i + 2, expression: { kind: 'relative', unit, offset: direction }, attributive: false };
  }
  if (t.lower === 'end' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.lower === 'year') {
    const start = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
    return { start, end: i + 4, expression: { kind: 'relative', unit: 'year', offset: 0 }, attributive: false };
  }
  return readDuration(tokens, i);
}

/** "within two days", "72 hours to leave", "giving them five days to leave". */
function readDuration(tokens: readonly Token[], i: number): Raw | null {
  const article = tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an';
  const figure = article ? { value: 1, end: i + 1 } : readFigure(tokens, i);
  if (figure === null) return null;
  const unit = UNIT_DAYS[tokens[figure.end]?.lower ?? ''];
  if (unit === undefined) return null;
  const within = tokens[i - 1]?.lower === 'within';
  const toAct = tokens[figure.end + 1]?.lower === 'to';
  if (!within && !toAct) return null;
  const days = Math.ceil(figure.value * unit[0]);
  return { start: within ? i - 1 : i, end: figure.end + 1, expression: { kind: 'duration', days, months: figure.value * unit[1] }, attributive: false };
}

const TIME_OF_DAY = new Set(['on', 'at', 'the', 'pm', 'am', 'p.m.', 'a.m.', 'noon', 'midnight', ':', 'gmt', 'local', 'time']);

/** Where the words before a date start once "the" and a time of day are skipped: "by 4pm on Friday". */
function leadStart(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k > 0 && (TIME_OF_DAY.has(tokens[k - 1]!.lower) || tokens[k - 1]!.kind === 'number')) k--;
  return k;
}

function isFuture(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_STOPS.has(w)) return false;
    if (FUTURE_MARKERS.has(w)) return true;
    if (w === 'be' && tokens[k - 1]?.lower === 'to') return true;
  }
  return false;
}

// Words that can open a date phrase; anything else is skipped without parsing.
const OPENERS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), 'yesterday', 'today', 'tomorrow', 'last', 'next', 'this', 'past', 'end', 'a', 'an',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'ninety']);

/** Every date phrase in a sentence, with the tokens each covers. */
export function findDates(tokens: readonly Token[], skip: ReadonlySet<number> = new Set()): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i) || (tokens[i]!.kind !== 'number' && !OPENERS.has(tokens[i]!.lower))) continue;
    const raw = readAt(tokens, i);
    if (raw === null) continue;
    let start = raw.start;
    if (raw.expression.kind === 'month' || raw.expression.kind === 'day') start -= phraseBefore(tokens, start, MONTH_PARTS);
    const lead = phraseBefore(tokens, leadStart(tokens, start), DEADLINE_BEFORE);
    const deadline = raw.expression.kind === 'duration' || lead > 0;
    const future = deadline || (raw.expression.kind === 'relative' && raw.expression.offset > 0) || isFuture(tokens, start);
    found.push({ start, end: raw.end, expression: raw.expression, deadline, future, attributive: raw.attributive });
    i = raw.end - 1;
  }
  return found;
}
