/** A sentence as offsets into the document text. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

// A full stop after these does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'mt',
  'ft', 'vs', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[']);

const isUpperOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{Lu}\d]/u.test(c);

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials (V.) and dotted acronyms (U.S.) rarely end a sentence in news prose.
  return !/^\p{Lu}$/u.test(word) && !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
}

const WRAPPED_END = /(?:(?:^|\s)(?:of|the|a|an|to|and|or|in|on|for|with|by|from|that|its|their|his|her)|,)\s*$/i;

/** A line broken inside a sentence ("announced the expulsion of" / "Russian diplomats"): it ends on a word or a comma no sentence ends on. */
export const endsMidSentence = (line: string): boolean => WRAPPED_END.test(line);

/** Splits `text[start, end)` into trimmed sentences. Line breaks end a sentence, unless the line ends mid-sentence. */
export function splitSentences(text: string, start = 0, end = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (endsMidSentence(text.slice(Math.max(from, i - 40), i))) continue;
      push(from, i);
      from = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j < end && !/[ \t]/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /[ \t]/.test(text[k]!)) k++;
    if (k < end && text[k] !== '\n' && !isUpperOrDigit(text[k]) && !(OPENERS.has(text[k]!) && isUpperOrDigit(text[k + 1]))) continue;
    if (!endsSentence(text, i)) continue;
    push(from, j);
    from = j;
    i = j - 1;
  }
  push(from, end);
  return spans;
}
