export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Exactly as in the document. */
  readonly text: string;
  /** Lower case with straight apostrophes; the `n't` of a contraction reads as `not`. */
  readonly lower: string;
  /** UTF-16 offsets into the document text. */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  readonly capitalized: boolean;
  /** Joined to the previous token by a hyphen ("thirty-five", "Consulate-General"). */
  readonly hyphenBefore: boolean;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || (c >= 128 && LETTER.test(s[i]!));
};
const isLetterOrMark = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return isAsciiLetter(c) || (c >= 128 && (LETTER.test(s[i]!) || MARK.test(s[i]!)));
};
const isUpper = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(s[i]!));
};
const isSpace = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || (c >= 128 && SPACE.test(s[i]!)) || c === 11 || c === 12;
};
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const lowerOf = (s: string): string => {
  const l = s.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

/** "2017-07-30" at `i`: the length, or 0. */
function isoDateAt(s: string, i: number): number {
  const shape = 'dddd-dd-dd';
  for (let k = 0; k < shape.length; k++) {
    const c = s.charCodeAt(i + k);
    if (shape[k] === 'd' ? !isDigit(c) : c !== 45) return 0;
  }
  return isDigit(s.charCodeAt(i + shape.length)) ? 0 : shape.length;
}

/** "755", "1,000", "2.5", "31st" at `i`: the length. */
function numberAt(s: string, i: number): number {
  let k = i;
  while (isDigit(s.charCodeAt(k))) k++;
  const digits = k - i;
  let grouped = k;
  while (digits <= 3 && s.charCodeAt(grouped) === 44 && isDigit(s.charCodeAt(grouped + 1)) && isDigit(s.charCodeAt(grouped + 2)) && isDigit(s.charCodeAt(grouped + 3))) grouped += 4;
  if (grouped > k) k = grouped;
  if (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) {
    k++;
    while (isDigit(s.charCodeAt(k))) k++;
  }
  if (grouped === i + digits) {
    const suffix = s.slice(k, k + 2);
    if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') k += 2;
  }
  return k - i;
}

/** "U.S.", "U.K", "D.C." at `i`: the length, or 0. */
function acronymAt(s: string, i: number): number {
  let k = i + 1;
  let letters = 1;
  while (s.charCodeAt(k) === 46 && isUpper(s, k + 1)) {
    k += 2;
    letters++;
  }
  if (letters < 2) return 0;
  return s.charCodeAt(k) === 46 ? k + 1 - i : k - i;
}

/** Words, numbers and punctuation of `text.slice(start, end)`, with document offsets. Hyphens are folded into `hyphenBefore`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let hyphen = false;
  const push = (from: number, to: number, kind: TokenKind, lower?: string): void => {
    const t = text.slice(from, to);
    tokens.push({ text: t, lower: lower ?? (kind === 'word' ? lowerOf(t) : t), start: from, end: to, kind, capitalized: kind !== 'punct' && isUpper(text, from), hyphenBefore: hyphen });
    hyphen = false;
  };
  let i = start;
  while (i < end) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const n = isoDateAt(text, i) || numberAt(text, i);
      push(i, i + n, 'number');
      i += n;
      continue;
    }
    if (isLetter(text, i)) {
      const acronym = isUpper(text, i) ? acronymAt(text, i) : 0;
      if (acronym > 0) {
        push(i, i + acronym, 'word', text.slice(i, i + acronym).toLowerCase());
        i += acronym;
        continue;
      }
      let k = i + 1;
      while (k < end && isLetterOrMark(text, k)) k++;
      // "didn't": the word, then "n't" read as "not".
      if (k - i >= 2 && text[k - 1] === 'n' && isApostrophe(text.charCodeAt(k)) && text[k + 1] === 't' && !isLetter(text, k + 2)) {
        push(i, k - 1, 'word');
        push(k - 1, k + 2, 'word', 'not');
        i = k + 2;
        continue;
      }
      push(i, k, 'word');
      i = k;
      continue;
    }
    if (isApostrophe(c) && text[i + 1] === 's' && !isLetter(text, i + 2)) {
      push(i, i + 2, 'punct', "'s");
      i += 2;
      continue;
    }
    if (c === 45) {
      if (i > start && !isSpace(text, i - 1) && i + 1 < end && !isSpace(text, i + 1)) hyphen = true;
      else push(i, i + 1, 'punct');
      i++;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    push(i, i + width, 'punct');
    i += width;
  }
  return tokens;
}
