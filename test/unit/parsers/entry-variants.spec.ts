import { parseCurrentEventsEntry, type ParsedCurrentEventsEntry } from '../../../src/ingestion/parsers/current-events-entry-parser.js';
import { parseDocument } from '../../../src/ingestion/parsers/document-parser.js';
import { documentSegments } from '../../../src/ingestion/extraction/document-segments.js';

// Invented entries in the shapes the public mirror of the portal publishes.
const PAGE = '/news/2016/03/4/the-harbour-authority-of-an-island-closes-its-ferry-port-after-a-storm.md';
const FORMATS = `Formats: [HTML](${PAGE.replace('.md', '.html')})  [JSON](${PAGE.replace('.md', '.json')})  [XML](${PAGE.replace('.md', '.xml')})  `;

const entry = (...parts: string[]): string => parts.join('\n\n') + '\n';
const dated = '### [2016-03-4](/news/2016/03/4/index.md)';
const headline = '# The harbour authority of an island closes its ferry port after a storm. ';

const parsed = (text: string): ParsedCurrentEventsEntry => {
  const result = parseCurrentEventsEntry(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('current-events entries as the mirror publishes them', () => {
  it('given a Formats line, an unpadded day and a category heading, when parsed, then date, category and headline', () => {
    const e = parsed(entry(`\n${FORMATS}`, dated, `##### Island transport\n${headline}`, 'Crossings stop for two days.'));
    expect(e).toMatchObject({
      date: '2016-03-04',
      category: 'Island transport',
      headline: 'The harbour authority of an island closes its ferry port after a storm.',
      summary: 'Crossings stop for two days.',
      versions: [],
      sources: [],
      related: [],
    });
  });

  it('given only a date and a headline, when parsed, then an entry with nothing else', () => {
    expect(parsed(entry(dated, headline))).toMatchObject({ summary: null, category: null, versions: [], otherSections: [] });
  });

  it('given "Sources:" with every item numbered 1. and a cover picture, when parsed, then the outlets without the picture', () => {
    const e = parsed(
      entry(dated, headline, '### Sources:', '1. [Harbour Gazette](https://gazette.example/ferry)\n1. [Coast Radio](https://radio.example/storm)\n1. [Cover Image](https://img.example/port.jpg)'),
    );
    expect(e.sources).toEqual([
      { name: 'Harbour Gazette', url: 'https://gazette.example/ferry' },
      { name: 'Coast Radio', url: 'https://radio.example/storm' },
    ]);
  });

  it('given "Source:" (singular), when parsed, then the same list', () => {
    expect(parsed(entry(dated, headline, '### Source:', '1. [Harbour Gazette](https://gazette.example/ferry)')).sources).toHaveLength(1);
  });

  it('given HTML entities in headline, summary, sources and related, when parsed, then none is left', () => {
    const e = parsed(
      entry(
        dated,
        '# The mayor says &quot;the port stays shut&quot; &amp; ferries wait &#39;days&#39; ',
        'Officials call it &amp;quot;prudent&amp;quot;.',
        '### Sources:',
        '1. [Gazette &amp; Post](https://gazette.example/a?x=1&amp;y=2)',
        '### Related:',
        '1. [A storm &quot;of the decade&quot; nears. ](/news/2016/03/2/a-storm-of-the-decade-nears.md) _Context: Weather &amp; climate_',
      ),
    );
    expect(e.headline).toBe('The mayor says "the port stays shut" & ferries wait \'days\'');
    expect(e.summary).toBe('Officials call it "prudent".');
    expect(e.sources[0]).toEqual({ name: 'Gazette & Post', url: 'https://gazette.example/a?x=1&y=2' });
    expect(e.related[0]).toMatchObject({ headline: 'A storm "of the decade" nears.', contextTags: ['Weather & climate'] });
    const { spans, ...fields } = e;
    expect(JSON.stringify(fields)).not.toMatch(/&(?:quot|amp|#39);/);
    // The spans point into the text as given, entities and all.
    expect(spans.headline.text).toBe('The mayor says &quot;the port stays shut&quot; &amp; ferries wait &#39;days&#39;');
  });

  it('given related link texts holding brackets, bare urls and an unbalanced bracket, when parsed, then each headline, slug and date', () => {
    const e = parsed(
      entry(
        dated,
        headline,
        '### Related:',
        [
          '1. [Voters pick a council. [http://paper.example/vote (Paper)] [http://radio.example/v "(Radio)"]. Turnout is low.](/news/2013/11/5/voters-pick-a-council.md) _Context: Elections, Island_',
          '1. [A ferry [ runs aground near the cape. ](/news/2012/1/9/a-ferry-runs-aground-near-the-cape.md) _Context: Island_',
        ].join('\n'),
      ),
    );
    expect(e.related).toEqual([
      {
        headline: 'Voters pick a council. [http://paper.example/vote (Paper)] [http://radio.example/v "(Radio)"]. Turnout is low.',
        path: '/news/2013/11/5/voters-pick-a-council.md',
        slug: 'voters-pick-a-council',
        date: '2013-11-05',
        contextTags: ['Elections', 'Island'],
      },
      {
        headline: 'A ferry [ runs aground near the cape.',
        path: '/news/2012/1/9/a-ferry-runs-aground-near-the-cape.md',
        slug: 'a-ferry-runs-aground-near-the-cape',
        date: '2012-01-09',
        contextTags: ['Island'],
      },
    ]);
  });

  it('given sections in another order and an unknown one, when parsed, then all are read and the unknown kept', () => {
    const e = parsed(
      entry(
        dated,
        headline,
        '### Changes:',
        `1. [Port closes. ](/news/2016/03/4/port-closes.md) _2016-03-05 10:00:00 (First version)_\n1. [The harbour authority... ](${PAGE}) _(Current version)_`,
        '### Background:',
        'The port opened in 1901.',
        '### Sources:',
        '1. [Harbour Gazette](https://gazette.example/ferry)',
      ),
    );
    expect(e.versions.map((v) => [v.version, v.slug, v.knownAt, v.label])).toEqual([
      [1, 'port-closes', '2016-03-05T10:00:00Z', 'First version'],
      [2, 'the-harbour-authority-of-an-island-closes-its-ferry-port-after-a-storm', null, 'Current version'],
    ]);
    expect(e.otherSections).toEqual([{ heading: 'Background', text: 'The port opened in 1901.' }]);
    expect(e.sources).toHaveLength(1);
  });

  it('given a Changes item without a link, when parsed, then a rejection naming its line and what was expected', () => {
    const result = parseCurrentEventsEntry(entry(dated, headline, '### Changes:', '1. Port closes. _(First version)_'));
    expect(result.ok || result.error).toEqual({ code: 'MALFORMED_LINE', line: 7, message: expect.stringMatching(/^Line 7: expected a version link/) });
  });

  it('given a first heading that is not a date, when parsed, then MISSING_ENTRY_DATE on that line', () => {
    const result = parseCurrentEventsEntry(entry('Some words.', '## Weather', headline));
    expect(result.ok || [result.error.code, result.error.line]).toEqual(['MISSING_ENTRY_DATE', 3]);
  });

  it('given an entry with 1,000 related items, when parsed, then every one is read; with 10,000, a clear rejection', () => {
    const items = (n: number): string => Array.from({ length: n }, (_, i) => `1. [Item ${i}. ](/news/2015/1/1/item-${i}.md) _Context: X_`).join('\n');
    expect(parsed(entry(dated, headline, '### Related:', items(1000))).related).toHaveLength(1000);
    const many = parseCurrentEventsEntry(entry(dated, headline, '### Related:', items(10_000)));
    expect(many.ok || many.error.code).toBe('TOO_MANY_ITEMS');
  });

  it('given an entry over 100,000 characters in few items, when parsed, then a clear size rejection', () => {
    const long = parseCurrentEventsEntry(entry(dated, headline, 'A summary sentence. '.repeat(5_500)));
    expect(long.ok || [long.error.code, long.error.message]).toEqual(['DOCUMENT_TOO_LARGE', expect.stringContaining('at most 100000 are read')]);
  });

  it('given an entry, when segmented for extraction, then only its headline and summary are read, at their offsets in the text', () => {
    const text = entry(
      `\n${FORMATS}`,
      dated,
      `##### Island transport\n${headline}`,
      'Crossings stop for &quot;two&quot; days.',
      '### Related:',
      '1. [Country A expels the ambassador of country B. ](/news/2015/1/1/expels.md) _Context: X_',
      '### Changes:',
      `1. [Port closes. ](${PAGE}) _(Current version)_`,
    );
    const read = documentSegments(text, null).map((s) => [text.slice(s.start, s.end), s.referenceDate]);
    expect(read).toEqual([
      ['The harbour authority of an island closes its ferry port after a storm.', '2016-03-04'],
      ['Crossings stop for &quot;two&quot; days.', '2016-03-04'],
    ]);
  });

  it('given an entry sent as an article, when parsed, then KIND_MISMATCH; an article sent as an entry, MISSING_ENTRY_DATE', () => {
    const asArticle = parseDocument(entry(dated, headline), 'article');
    expect(asArticle.ok || asArticle.error.code).toBe('KIND_MISMATCH');
    const asEntry = parseDocument('The port closed on Monday after a storm.', 'current-events-entry');
    expect(asEntry.ok || asEntry.error.code).toBe('MISSING_ENTRY_DATE');
  });
});
