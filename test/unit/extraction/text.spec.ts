import { splitSentences } from '../../../src/ingestion/extraction/text/sentences.js';
import { tokenize } from '../../../src/ingestion/extraction/text/tokens.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenizer', () => {
  it('given acronyms, possessives and contractions, when tokenized, then each is one unit and "n\'t" reads as "not"', () => {
    const tokens = tokenize("The U.S.'s envoy didn’t leave Russia’s embassy.");
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', "'s", 'envoy', 'did', 'n’t', 'leave', 'Russia', '’s', 'embassy', '.']);
    expect(tokens.find((t) => t.text === 'n’t')!.lower).toBe('not');
    expect(tokens.find((t) => t.text === '’s')!.lower).toBe("'s");
  });

  it('given hyphenated words and figures, when tokenized, then hyphens are folded and numbers stay whole', () => {
    const tokens = tokenize('thirty-five of 1,000 staff on 2017-07-30 at the Consulate-General');
    expect(tokens.map((t) => t.text)).toEqual(['thirty', 'five', 'of', '1,000', 'staff', 'on', '2017-07-30', 'at', 'the', 'Consulate', 'General']);
    expect(tokens[1]!.hyphenBefore).toBe(true);
    expect(tokens[6]!.kind).toBe('number');
  });

  it('given a range of a longer text, when tokenized, then offsets point into the whole text', () => {
    const text = 'xx Putin ordered staff out.';
    for (const t of tokenize(text, 3)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words('a - b')).toEqual(['a', '-', 'b']);
  });
});

describe('sentence splitter', () => {
  it('given abbreviations and initials, when split, then only real sentence ends split', () => {
    const text = 'Mr. Putin met U.S. officials. The talks ended.\nA new line starts a sentence';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Mr. Putin met U.S. officials.', 'The talks ended.', 'A new line starts a sentence']);
  });

  it('given a closing quote after the full stop, when split, then the quote stays with its sentence', () => {
    const text = 'He said: “We will respond.” Moscow agreed.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['He said: “We will respond.”', 'Moscow agreed.']);
  });
});
