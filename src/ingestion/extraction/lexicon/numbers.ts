import type { Token } from '../text/tokens.js';

/** A figure in the text: "755", "1,000", "thirty-five", "more than a thousand". */
export interface NumberMention {
  /** Token span, including any "more than" / "about" before the figure. */
  readonly start: number;
  readonly end: number;
  /** Where the figure itself starts, after any approximator. */
  readonly figureStart: number;
  readonly value: number;
  /** A bound or an estimate: "more than 1,000", "about 50", "nearly thirty". */
  readonly approximate: boolean;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

// The words before a figure that make it a bound or estimate, keyed by their first word.
const APPROXIMATORS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['at', 'least'], ['up', 'to'], ['close', 'to'], ['as', 'many', 'as'],
    ['an', 'estimated'], ['over'], ['about'], ['around'], ['nearly'], ['almost'], ['roughly'], ['approximately'], ['some'],
    ['under'],
  ].map((words) => [words[0]!, words]),
);

const mayStartFigure = (t: Token): boolean =>
  t.kind === 'number' || UNITS[t.lower] !== undefined || TENS[t.lower] !== undefined || t.lower === 'a' || t.lower === 'an';

function digitsValue(token: Token): number | null {
  if (token.kind !== 'number' || /^\d{4}-/.test(token.text)) return null;
  const value = Number(token.text.replace(/,/g, '').replace(/(st|nd|rd|th)$/, ''));
  return Number.isFinite(value) ? value : null;
}

/** Reads a figure written in digits or words at `at` ("755", "four hundred and fifty-five"); null when there is none. */
export function readFigure(tokens: readonly Token[], at: number): { value: number; end: number } | null {
  const first = tokens[at];
  if (first === undefined) return null;
  const digits = digitsValue(first);
  if (digits !== null) {
    const scale = tokens[at + 1] !== undefined ? SCALES[tokens[at + 1]!.lower] : undefined;
    return scale !== undefined && scale >= 1000 ? { value: digits * scale, end: at + 2 } : { value: digits, end: at + 1 };
  }
  let total = 0;
  let current = 0;
  let i = at;
  let read = false;
  for (; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if ((w === 'a' || w === 'an') && !read && SCALES[tokens[i + 1]?.lower ?? ''] !== undefined) {
      current = 1;
      continue;
    }
    if (UNITS[w] !== undefined) current += UNITS[w]!;
    else if (TENS[w] !== undefined) current += TENS[w]!;
    else if (SCALES[w] !== undefined && (read || current > 0)) {
      const scale = SCALES[w]!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (w === 'and' && read && (UNITS[tokens[i + 1]?.lower ?? ''] !== undefined || TENS[tokens[i + 1]?.lower ?? ''] !== undefined)) {
      continue;
    } else break;
    read = true;
  }
  return read ? { value: total + current, end: i } : null;
}

/** Every figure in the sentence, skipping tokens that belong to dates (`skip`). */
export function findNumbers(tokens: readonly Token[], skip: ReadonlySet<number> = new Set()): NumberMention[] {
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i)) continue;
    let figureAt = i;
    let approximate = false;
    const words = APPROXIMATORS.get(tokens[i]!.lower);
    if (words !== undefined && words.every((w, k) => tokens[i + k]?.lower === w)) {
      figureAt = i + words.length;
      approximate = true;
    }
    if (skip.has(figureAt) || tokens[figureAt] === undefined || !mayStartFigure(tokens[figureAt]!)) continue;
    const figure = readFigure(tokens, figureAt);
    if (figure === null) continue;
    // "one" alone is more often a pronoun ("one in Maryland") than a count.
    if (figure.value === 1 && tokens[figureAt]!.lower === 'one' && figure.end === figureAt + 1) continue;
    found.push({ start: i, end: figure.end, figureStart: figureAt, value: figure.value, approximate });
    i = figure.end - 1;
  }
  return found;
}
