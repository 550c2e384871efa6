import type { CurrentEventsEntry } from '../../../src/domain/stories/current-events-entry.js';
import { type ParsedCurrentEventsEntry, parseCurrentEventsEntry } from '../../../src/ingestion/parsers/current-events-entry-parser.js';
import { SEED_FILES, seedText } from './seed-texts.js';

const parsed = (text: string): ParsedCurrentEventsEntry => {
  const result = parseCurrentEventsEntry(text);
  if (!result.ok) throw new Error(`expected an entry, got ${result.error.code}: ${result.error.message}`);
  return result.value;
};

const errorCode = (text: string): string | null => {
  const result = parseCurrentEventsEntry(text);
  return result.ok ? null : result.error.code;
};

const seed = seedText(SEED_FILES.entry);

describe('current-events entry parser on seed 002', () => {
  const entry = parsed(seed);

  it('given the seed, when parsed, then date, trimmed headline and summary', () => {
    expect(entry.date).toBe('2017-07-30');
    expect(entry.headline).toBe('Russian President Vladimir Putin expels 755 U.S. diplomats in response to new sanctions imposed by the United States.');
    expect(entry.summary).toBe('President Vladimir Putin orders reduction in staff and vows for additional measures in retaliation to new US sanctions.');
  });

  it('given the seed, when parsed, then the named sources', () => {
    expect(entry.sources).toEqual([
      { name: 'Al Jazeera', url: 'http://www.aljazeera.com/news/2017/07/russia-expels-755-diplomats-response-sanctions-170730201720880.html' },
      { name: 'CNN', url: 'http://edition.cnn.com/2017/07/30/politics/russia-us-diplomatic-missions/index.html' },
    ]);
  });

  it('given the seed, when parsed, then each related entry with its path date and trimmed context tags', () => {
    expect(entry.related.map((r) => [r.date, r.contextTags])).toEqual([
      ['2017-08-31', ['American', 'Russia-United States relations']],
      ['2017-06-16', ['American', 'Russia-United States relations']],
      ['2017-02-09', ['Russian President', 'Russia-United States relations']],
      ['2016-12-30', ['American', 'Russia-United States relations']],
      ['2016-12-29', ['American', 'Russia-United States relations']],
    ]);
    expect(entry.related[4]).toMatchObject({
      headline: "The United States expels 35 Russian diplomats over the alleged Russian interference during the U.S.'s 2016 presidential election.",
      path: '/news/2016/12/29/the-united-states-expels-35-russian-diplomats-over-the-alleged-russian-interference-during-the-u-s-s-2016-presidential-election.md',
    });
  });

  it('given the doubled "2." and the untimed current version, when parsed, then versions follow line order, timestamps UTC', () => {
    expect(entry.versions.map(({ version, knownAt, label }) => ({ version, knownAt, label }))).toEqual([
      { version: 1, knownAt: '2017-08-02T07:30:05Z', label: 'First version' },
      { version: 2, knownAt: '2017-08-27T03:48:44Z', label: 'Update' },
      { version: 3, knownAt: null, label: 'Current version' },
    ]);
    expect(entry.versions[1]!.title).toBe(
      'Russia-United States relations: Russian President Vladimir Putin expels 755 U.S. diplomats in response to new sanctions imposed by the United States.',
    );
    expect(entry.versions[0]!.path).toBe(
      '/news/2017/07/30/russian-president-vladimir-putin-expels-755-united-states-diplomats-in-response-to-new-sanctions-imposed-by-the-united-states.md',
    );
  });
});

describe('current-events entry parser on malformed entries', () => {
  const withoutSection = (name: string): string => {
    const start = seed.indexOf(`### ${name}:`);
    const next = seed.indexOf('### ', start + 4);
    return seed.slice(0, start) + (next === -1 ? '' : seed.slice(next));
  };

  it('given no Source or Related section, when parsed, then empty lists', () => {
    const entry = parsed(withoutSection('Related').replace(/### Source:[\s\S]*?(?=### Changes)/, ''));
    expect(entry.sources).toEqual([]);
    expect(entry.related).toEqual([]);
    expect(entry.versions).toHaveLength(3);
  });

  it('given no Changes section, when parsed, then an entry without versions: the page is its own only version', () => {
    const entry = parsed(withoutSection('Changes'));
    expect(entry.versions).toEqual([]);
    expect(entry.headline).toBe(parsed(seed).headline);
  });

  it('given no dated heading or no headline, when parsed, then MISSING_ENTRY_DATE or MISSING_HEADLINE', () => {
    expect(errorCode(seed.replace('### [2017-07-30](/news/2017/07/30/index.md)', ''))).toBe('MISSING_ENTRY_DATE');
    expect(errorCode(seed.replace('[2017-07-30]', '[2017-02-30]'))).toBe('MISSING_ENTRY_DATE');
    expect(errorCode(seed.replace('# Russian President', 'Russian President'))).toBe('MISSING_HEADLINE');
  });

  it('given a garbled version line, an unknown label or an impossible time, when parsed, then MALFORMED_LINE with its line', () => {
    const garbled = parseCurrentEventsEntry(seed.replace('2. [Russia-United States relations:', '2. Russia-United States relations:'));
    expect(garbled.ok || [garbled.error.code, garbled.error.line]).toEqual(['MALFORMED_LINE', 24]);
    const impossible = parseCurrentEventsEntry(seed.replace('07:30:05', '25:30:05'));
    expect(impossible.ok || [impossible.error.code, impossible.error.message]).toEqual(['MALFORMED_LINE', expect.stringMatching(/^Line 23: expected a real time/)]);
  });

  const withoutSpans = ({ spans: _spans, ...entry }: ParsedCurrentEventsEntry): CurrentEventsEntry => entry;

  it('given CRLF line ends and stray spaces, when parsed, then the same entry', () => {
    const messy = seed.replace(/\n/g, '  \r\n').replace('### Changes:', '###   Changes :');
    expect(withoutSpans(parsed(messy))).toEqual(withoutSpans(parsed(seed)));
  });

  it('given an unknown section, when parsed, then it is kept as text and nothing else changes', () => {
    const entry = parsed(seed.replace('### Changes:', '### Notes:\n\nanything at all\n\n### Changes:'));
    expect(entry.otherSections).toEqual([{ heading: 'Notes', text: 'anything at all' }]);
    expect(withoutSpans({ ...entry, otherSections: [] })).toEqual(withoutSpans(parsed(seed)));
  });
});
