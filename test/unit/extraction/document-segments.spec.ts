import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentSegments } from '../../../src/ingestion/extraction/document-segments.js';
import { briefsOf } from './facts-of.js';

const seed = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../seeds/documents/${name}`, import.meta.url)), 'utf8');

describe('document segments', () => {
  it('given a current-events entry, when segmented, then only headline and summary, with the entry date; related entries are never read', () => {
    const text = seed('002_239674bf3aeec884.txt');
    const segments = documentSegments(text, '2017-08-02T07:30:05Z');
    const read = segments.map((s) => ({ date: s.referenceDate, start: text.slice(s.start, s.start + 30), events: s.eventsOnReferenceDate }));
    expect(read).toEqual([
      { date: '2017-07-30', start: 'Russian President Vladimir Put', events: true },
      { date: '2017-07-30', start: 'President Vladimir Putin order', events: true },
    ]);
    const related = text.indexOf('### Related:');
    expect(segments.every((s) => s.end < related)).toBe(true);
    expect(segments.every((s) => !text.slice(s.start, s.end).includes('](/news'))).toBe(true);
  });

  it('given an article with a date header and captions, when segmented, then the header dates it and captions are read without their credit', () => {
    const text = seed('001_6e2de474d69a36f5.txt');
    const segments = documentSegments(text, null);
    expect(segments.every((s) => s.referenceDate === '2017-07-30' && !s.eventsOnReferenceDate)).toBe(true);
    const captions = segments.filter((s) => !s.continuesPrevious).map((s) => text.slice(s.start, s.end));
    expect(captions).toContain('And Russia is seizing this US diplomatic warehouse in Moscow');
    expect(segments.some((s) => text.slice(s.start, s.end).includes('Image copyright'))).toBe(false);
  });

  it('given a publication date, when segmented, then it wins over the date header; without either, nothing is dated', () => {
    expect(documentSegments(' date 2017-07-30 Body text.', '2017-08-01')[0]!.referenceDate).toBe('2017-08-01');
    expect(documentSegments(seed('003_69bbea3d87167b6f.txt'), null).every((s) => s.referenceDate === null)).toBe(true);
  });

  it('given a heading line, when segmented, then the text after it does not continue what came before', () => {
    const text = 'The consulate was closed.\nIt had stood for decades.\n\nThe US position\n\nIt was ordered by Washington.';
    expect(documentSegments(text, null).map((s) => s.continuesPrevious)).toEqual([false, true, false, false]);
  });
});

describe('a line broken inside a sentence', () => {
  it('given a line that ends on "of" and the rest of the sentence on the next line, when extracted, then it is one sentence', () => {
    expect(briefsOf('Yesterday the Norwegian government announced the expulsion of\nSwedish diplomats from Norway.')).toEqual([
      { type: 'DiplomatsExpelled', actor: 'NOR', target: 'SWE', modality: 'announced' },
    ]);
  });

  it('given a line that ends a sentence, then the next line is a segment of its own', () => {
    const text = 'Norway expelled two Swedish diplomats.\nDenmark recalled its ambassador to Finland.';
    expect(documentSegments(text, '2020-01-01').length).toBe(2);
  });
});
