import { parseDocument } from '../../../src/ingestion/parsers/document-parser.js';

/** Layouts of the portal's mirror beside the entry itself: invented texts in the mirror's shapes. */
const read = (text: string): string => {
  const result = parseDocument(text);
  if (!result.ok) return `${result.error.code} line ${result.error.line}`;
  return result.value.kind === 'current-events-entry' ? `entry ${result.value.entry.date} "${result.value.entry.headline}"` : result.value.kind;
};

const page = '/news/2019/3/4/the-river-ferry-resumes';

describe('the formats of a page listed before its entry', () => {
  it('given a Formats heading over a bullet list of links, when parsed, then the entry under it', () => {
    const text = `\n### Formats:\n\n* [HTML](${page}.html)\n* [JSON](${page}.json)\n* [XML](${page}.xml)\n### [2019-3-4](/news/2019/3/4/index.md)\n\n# The river ferry resumes.\n`;
    expect(read(text)).toBe('entry 2019-03-04 "The river ferry resumes."');
  });

  it('given a Formats line, when parsed, then the entry under it, as before', () => {
    const text = `\nFormats: [HTML](${page}.html)  [JSON](${page}.json)\n\n### [2019-3-4](/news/2019/3/4/index.md)\n\n# The river ferry resumes.\n`;
    expect(read(text)).toBe('entry 2019-03-04 "The river ferry resumes."');
  });

  it('given a Formats heading and list but no dated heading after it, when parsed, then a plain-text article', () => {
    expect(read(`### Formats:\n\n* [HTML](${page}.html)\n\nThe ferry runs again on Monday.\n`)).toBe('article');
  });
});

describe("a day's index of entries", () => {
  const index = [
    '## [2019-3-4](/news/2019/3/4/index.md)',
    '',
    `### [The river ferry resumes. ](${page}.md)`,
    'Boats cross again after the floods.',
    '',
    '### [A bridge toll is lifted. ](/news/2019/3/4/a-bridge-toll-is-lifted.md)',
    '_Context: bridge, toll_',
    '',
    '## [Previous Day...](/news/2019/3/3/index.md)',
    '',
  ].join('\n');

  it('given the index the mirror keeps beside the entries of a day, when parsed, then DAY_INDEX on its first line, naming the day and how many entries it lists', () => {
    expect(read(index)).toBe('DAY_INDEX line 1');
    const result = parseDocument(index);
    expect(result.ok ? '' : result.error.message).toMatch(/2019-03-04.*2 entries/);
  });

  it('given a dated heading and a heading that links no entry, when parsed, then still MISSING_HEADLINE', () => {
    expect(read('### [2019-3-4](/news/2019/3/4/index.md)\n\n### Notes\n\nnothing here\n')).toBe('MISSING_HEADLINE line 2');
  });
});
