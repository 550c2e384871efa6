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

// Order matters: dotted acronyms and ISO dates must win over plain words and numbers.
const TOKEN =
  /(\d{4}-\d{2}-\d{2})|(\p{Lu}(?:\.\p{Lu})+\.?)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?)|(\p{L}[\p{L}\p{M}]*?)(n['’]t)(?![\p{L}])|(['’]s)(?![\p{L}])|(\p{L}[\p{L}\p{M}]*)|(-)|(\S)/gu;

const straighten = (s: string): string => s.replace(/’/g, "'");

/** Words, numbers and punctuation of `text.slice(start, end)`, with document offsets. Hyphens are folded into `hyphenBefore`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let hyphen = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const at = start + m.index;
    const gluedHyphen = hyphen;
    hyphen = false;
    const push = (t: string, offset: number, kind: TokenKind, lower = straighten(t.toLowerCase())): void => {
      tokens.push({
        text: t,
        lower,
        start: offset,
        end: offset + t.length,
        kind,
        capitalized: /^\p{Lu}/u.test(t),
        hyphenBefore: gluedHyphen && offset === at,
      });
    };
    if (m[1] !== undefined) push(m[1], at, 'number');
    else if (m[2] !== undefined) push(m[2], at, 'word');
    else if (m[3] !== undefined) push(m[3], at, 'number');
    else if (m[4] !== undefined) {
      push(m[4], at, 'word');
      push(m[5]!, at + m[4].length, 'word', 'not');
    } else if (m[6] !== undefined) push(m[6], at, 'punct', "'s");
    else if (m[7] !== undefined) push(m[7], at, 'word');
    else if (m[8] !== undefined) {
      const glued = m.index > 0 && /\S/.test(slice[m.index - 1]!) && /\S/.test(slice[m.index + 1] ?? ' ');
      if (glued) hyphen = true;
      else push('-', at, 'punct');
    }
    else push(m[9]!, at, 'punct');
  }
  return tokens;
}
