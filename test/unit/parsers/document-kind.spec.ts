import { detectDocumentKind } from '../../../src/ingestion/parsers/document-kind.js';
import { parseDocument } from '../../../src/ingestion/parsers/document-parser.js';
import { MAX_DOCUMENT_LENGTH, MAX_TEXT_LENGTH } from '../../../src/ingestion/parsers/text-checks.js';
import { SEED_FILES, seedText } from './seed-texts.js';

const codeOf = (text: string): string => {
  const result = parseDocument(text);
  return result.ok ? `parsed as ${result.value.kind}` : result.error.code;
};

describe('document kind', () => {
  it('given the seeds, when detected, then 002 is an entry and the others are articles', () => {
    const kinds = Object.values(SEED_FILES).map((file) => detectDocumentKind(seedText(file)));
    expect(kinds.map((k) => (k.ok ? k.value : k.error.code))).toEqual(['article', 'article', 'current-events-entry', 'article']);
  });

  it('given the seeds, when parsed, then each parses as its kind', () => {
    expect(Object.values(SEED_FILES).map((file) => codeOf(seedText(file)))).toEqual([
      'parsed as article',
      'parsed as article',
      'parsed as current-events-entry',
      'parsed as article',
    ]);
  });
});

describe('hostile input: a typed error, never a throw', () => {
  it.each([
    ['empty', '', 'EMPTY_DOCUMENT'],
    ['blank', ' \n\t\n ', 'EMPTY_DOCUMENT'],
    ['NUL bytes', 'Putin\u0000\u0000said', 'BINARY_CONTENT'],
    ['binary noise', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]).toString('latin1'), 'BINARY_CONTENT'],
    ['invalid UTF-8', Buffer.from([0x50, 0x75, 0x74, 0x69, 0x6e, 0xc3, 0x28, 0xff]).toString('utf8'), 'INVALID_ENCODING'],
    ['punctuation only', '### --- 1234 !!!', 'NO_TEXT'],
    ['a 5 MB text', 'Putin said. '.repeat(440_000), 'DOCUMENT_TOO_LARGE'],
    [
      'an entry listing 10,000 sources',
      `### [2019-05-03](/x)\n\n# h\n\n### Sources:\n\n${'1. [Outlet](https://example.org/o)\n'.repeat(10_000)}`,
      'TOO_MANY_ITEMS',
    ],
    ['a dated heading and nothing else', '### [2017-07-30](/news/x.md)\n', 'MISSING_HEADLINE'],
    ['sections without a dated heading', '### Changes:\n\n1. [t](/p.md) _(Update)_', 'parsed as article'],
  ])('given %s, when parsed, then %s', (_what, text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('given an entry at the size limit full of link-like noise, when parsed, then a version-line rejection', () => {
    const noise = `### [2017-07-30](/x)\n# h\n### Changes:\n1. [${'](['.repeat(Math.floor(MAX_TEXT_LENGTH / 4) - 20)}`;
    expect(codeOf(noise.slice(0, MAX_TEXT_LENGTH))).toBe('MALFORMED_LINE');
    expect(codeOf(`${noise}${' x'.repeat(MAX_TEXT_LENGTH)}`.slice(0, MAX_DOCUMENT_LENGTH))).toBe('DOCUMENT_TOO_LARGE');
  });

  it('given garbage words, when parsed, then it is read as an article, offsets intact', () => {
    const result = parseDocument('lorem ipsum dolor');
    expect(result.ok && result.value.kind === 'article' && result.value.article.title).toBe('lorem ipsum dolor');
  });
});
