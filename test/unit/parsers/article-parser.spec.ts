import { firstSentence, parseArticle, type ParsedArticle } from '../../../src/ingestion/parsers/article-parser.js';
import { SEED_FILES, seedText } from './seed-texts.js';

const parsed = (text: string): ParsedArticle => {
  const result = parseArticle(text);
  if (!result.ok) throw new Error(`expected an article, got ${result.error.code}`);
  return result.value;
};

describe('article parser on the seeds', () => {
  it('given seed 001, when parsed, then the date header is the publication date and captions leave the body', () => {
    const text = seedText(SEED_FILES.dated);
    const article = parsed(text);
    expect(article.publishedAt).toBe('2017-07-30');
    expect(article.header?.span).toEqual({ start: 1, end: 16, text: 'date 2017-07-30' });
    expect(article.captions.map(({ credit, text: caption }) => ({ credit, caption }))).toEqual([
      { credit: 'AFP', caption: 'The ejections will bring the embassy numbers in Moscow and Washington to 455' },
      { credit: 'EPA', caption: "Russia has banned US diplomats from this dacha at Serebryany Bor on Moscow's outskirts" },
      { credit: 'EPA', caption: 'And Russia is seizing this US diplomatic warehouse in Moscow' },
    ]);
    expect(article.body).not.toContain('Image c');
    expect(article.body.startsWith('Russian President Vladimir Putin has confirmed')).toBe(true);
    expect(article.title).toBe(
      'Russian President Vladimir Putin has confirmed that 755 staff must leave US diplomatic missions, in retaliation to new US sanctions against Russia.',
    );
  });

  it('given any seed article, when parsed, then every span points into the original text', () => {
    for (const file of [SEED_FILES.bbcStyle, SEED_FILES.dated, SEED_FILES.undated]) {
      const text = seedText(file);
      const article = parsed(text);
      const spans = [...article.paragraphs, ...article.captions.map((c) => c.span), ...(article.header ? [article.header.span] : [])];
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('given seeds without a date header, when parsed, then publishedAt is null, never today', () => {
    expect(parsed(seedText(SEED_FILES.bbcStyle)).publishedAt).toBeNull();
    expect(parsed(seedText(SEED_FILES.undated)).publishedAt).toBeNull();
  });

  it('given seeds 000 and 003, when parsed, then the title is the first sentence', () => {
    expect(parsed(seedText(SEED_FILES.bbcStyle)).title).toBe(
      'Russian president Vladimir Putin has ordered 755 US diplomatic and technical staff to leave the country amid tensions with the US over sanctions.',
    );
    expect(parsed(seedText(SEED_FILES.undated)).title).toBe(
      'The US ordered that Russian diplomatic offices in San Francisco, New York, and Washington be closed within two days, the Guardian reported.',
    );
  });
});

describe('article parser on odd input', () => {
  it('given a date header that is not a real day, when parsed, then no publication date and the header stays in the body', () => {
    const article = parsed('date 2017-02-30 Something happened.');
    expect(article.publishedAt).toBeNull();
    expect(article.body).toBe('date 2017-02-30 Something happened.');
  });

  it('given only a header and a caption, when parsed, then NO_TEXT', () => {
    const result = parseArticle('date 2017-07-30 Image copyright AFP Image caption Only a picture');
    expect(result.ok || result.error.code).toBe('NO_TEXT');
  });

  it('given a credit without a caption, when parsed, then it is kept as a caption with empty text', () => {
    const article = parsed('Body text here.\nImage copyright Getty Images\nMore text.');
    expect(article.captions).toEqual([{ credit: 'Getty Images', text: '', span: { start: 16, end: 44, text: 'Image copyright Getty Images' } }]);
    expect(article.body).toBe('Body text here.\n\nMore text.');
  });

  it('given abbreviations, when the first sentence is taken, then they do not end it', () => {
    expect(firstSentence('Mr. Putin met the U.S. President. Then more.')).toBe('Mr. Putin met the U.S. President.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
    expect(firstSentence(`${'word '.repeat(100)}end.`)).toBeNull();
  });
});

describe('articles in the shapes users have them', () => {
  it('given header lines, when parsed, then url, time, title and publisher from them and the body after them', () => {
    const text = 'url: https://paper.example/story\npublished: 2019-05-06T08:30:00+02:00\ntitle: A bridge reopens\npublisher: The Paper\n\nThe bridge reopened on Monday. Traffic resumed.';
    const article = parsed(text);
    expect(article).toMatchObject({ url: 'https://paper.example/story', publishedAt: '2019-05-06T06:30:00.000Z', title: 'A bridge reopens', publisher: 'The Paper' });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The bridge reopened on Monday. Traffic resumed.']);
  });

  it('given a first line that only starts like a header, when parsed, then it is body', () => {
    const article = parsed('Title IX cases rose last year.\nThe report says so.');
    expect(article.header).toBeNull();
    expect(article.paragraphs).toHaveLength(2);
  });
});

describe('hostile header and version lines', () => {
  it('given a header value padded with 90,000 spaces, when parsed, then the value is read trimmed', () => {
    expect(parsed(`title: A bridge${' '.repeat(90_000)}\nThe bridge reopened.`).title).toBe('A bridge');
  });
});
