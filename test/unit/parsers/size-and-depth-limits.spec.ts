import { parseArticle } from '../../../src/ingestion/parsers/article-parser.js';
import { parseDocument } from '../../../src/ingestion/parsers/document-parser.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_PAGE_TEXT_LENGTH, MAX_TEXT_LENGTH, MAX_TEXT_TIMES_DIV_DEPTH } from '../../../src/ingestion/parsers/text-checks.js';

const codeOf = (text: string): string => {
  const result = parseDocument(text);
  return result.ok ? `parsed as ${result.value.format}` : result.error.code;
};

const words = (length: number): string => 'The envoys met again. '.repeat(Math.ceil(length / 22)).slice(0, length);
const nested = (depth: number, inner = '<p>The envoys met again in the old palace.</p>'): string =>
  `<!doctype html><html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

describe('text length limit', () => {
  it('given a plain-text article of exactly the limit, when parsed, then it is read', () => {
    expect(codeOf(words(MAX_TEXT_LENGTH))).toBe('parsed as text');
  });

  it.each([
    ['a plain-text article', (n: number) => words(n)],
    ['a JSON article', (n: number) => `{"text": "${words(n - 12)}"}`],
    ['a current-events entry', (n: number) => {
      const opening = '### [2017-07-30](/x)\n\n# Envoys meet\n\n';
      return `${opening}${words(n - opening.length)}`;
    }],
  ])('given %s one character over the limit, when parsed, then DOCUMENT_TOO_LARGE', (_what, make) => {
    const text = make(MAX_TEXT_LENGTH + 1);
    expect(text.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    expect(codeOf(text)).toBe('DOCUMENT_TOO_LARGE');
  });

  it('given a saved page over the text limit whose readable text is within it, when parsed, then it is read', () => {
    const page = `<!doctype html><html><head><style>${' '.repeat(MAX_TEXT_LENGTH)}</style></head><body><p>${words(2000)}</p></body></html>`;
    expect(codeOf(page)).toBe('parsed as html');
  });

  it('given a saved page whose readable text is over the limit, when parsed, then DOCUMENT_TOO_LARGE', () => {
    expect(codeOf(nested(1, `<article>${`<p>${words(1000)}</p>`.repeat(MAX_TEXT_LENGTH / 1000 + 1)}</article>`))).toBe('DOCUMENT_TOO_LARGE');
  });

  it('given a page with more text around its article than the page limit, when parsed, then DOCUMENT_TOO_LARGE before Readability reads it', () => {
    const aside = `<aside>${`<p>${words(1000)}</p>`.repeat(MAX_PAGE_TEXT_LENGTH / 1000 + 1)}</aside>`;
    const result = parseDocument(nested(40, `<article><p>${words(3000)}</p></article>${aside}`));
    expect(result.ok ? 'parsed' : result.error.message).toMatch(/^The HTML page holds \d+ characters of text; at most 200000 are read$/);
  });

  it('given a page whose scripts are longer than the page text limit, when parsed, then they do not count and it is read', () => {
    const script = `<script>var filler = "${'x'.repeat(MAX_PAGE_TEXT_LENGTH)}";</script>`;
    expect(codeOf(`<!doctype html><html><body>${script}<article><p>${words(3000)}</p></article></body></html>`)).toBe('parsed as html');
  });
});

describe('HTML nesting limit', () => {
  it('given a page nested just within the limit, when parsed, then it is read', () => {
    expect(codeOf(nested(MAX_HTML_DEPTH - 3))).toBe('parsed as html');
  });

  it.each([MAX_HTML_DEPTH + 1, 5_000, 20_000])('given a page nested %i deep, when parsed, then HTML_TOO_DEEP rather than a stack overflow', (depth) => {
    expect(codeOf(nested(depth))).toBe('HTML_TOO_DEEP');
  });

  it('given more elements than the limit, nested shallowly, when parsed, then TOO_MANY_ELEMENTS', () => {
    expect(codeOf(nested(1, '<p>The envoys met.</p>'.repeat(MAX_HTML_ELEMENTS)))).toBe('TOO_MANY_ELEMENTS');
    expect(codeOf(nested(1, '<p>The envoys met.</p>'.repeat(MAX_HTML_ELEMENTS - 10)))).toBe('parsed as html');
  });

  it('given thousands of stray paragraph openings and closings, when parsed, then refused before Readability reads them', () => {
    expect(codeOf(`<!doctype html><html><body>${'<p>'.repeat(6000)}<p>The envoys met.</p>${'</p>'.repeat(6000)}</body></html>`)).toBe('TOO_MANY_ELEMENTS');
  });

  it('given long text inside many bare wrappers, when parsed, then the same text as inside one wrapper', () => {
    const article = `<article>${`<p>${words(900)}</p>`.repeat(60)}</article>`;
    const bodyOf = (depth: number): string => {
      const result = parseDocument(nested(depth, article));
      if (!result.ok) throw new Error(result.error.code);
      return result.value.text;
    };
    expect(bodyOf(MAX_HTML_DEPTH - 5)).toBe(bodyOf(1));
  });

  it('given text at every level of many nested <div>s, when parsed, then HTML_TOO_DEEP naming the bound', () => {
    const levels = 60;
    const perLevel = `<p>${words(Math.ceil((2 * MAX_TEXT_TIMES_DIV_DEPTH) / (levels * levels)))}</p>`;
    const page = `<!doctype html><html><body>${`<div>${perLevel}`.repeat(levels)}${'</div>'.repeat(levels)}</body></html>`;
    const result = parseDocument(page);
    expect(result.ok ? 'parsed' : result.error.message).toMatch(/too many <div>s: \d+ characters times their <div> depth; at most 2000000$/);
  });

  it('given thousands of unclosed elements, when parsed, then HTML_TOO_DEEP', () => {
    expect(codeOf(`<!doctype html><html><body>${'<span>'.repeat(5_000)}The envoys met.</body></html>`)).toBe('HTML_TOO_DEEP');
  });
});

describe('captions read by scanning', () => {
  const captionOf = (line: string) => {
    const article = parseArticle(`The envoys met.\n${line}`);
    if (!article.ok) throw new Error(article.error.code);
    return article.value.captions.map(({ credit, text }) => ({ credit, text }));
  };

  it.each([
    ['Image copyright Wire Agency Image caption The envoys at the door', { credit: 'Wire Agency', text: 'The envoys at the door' }],
    ['Image copyright A Image copyright B Image caption Two credits', { credit: 'A Image copyright B', text: 'Two credits' }],
    ['Image copyright  Image caption No credit named', { credit: null, text: 'No credit named' }],
    ['Image copyright Image caption', { credit: 'Image caption', text: '' }],
    ['Image caption Only words', { credit: null, text: 'Only words' }],
    ['Image copyright Only a credit', { credit: 'Only a credit', text: '' }],
  ])('given "%s", when parsed, then credit and caption as written', (line, expected) => {
    expect(captionOf(line)).toEqual([expected]);
  });

  it('given a line of a thousand repeated credits, when parsed, then one caption holding them all', () => {
    const [caption] = captionOf('Image copyright '.repeat(1000).trim());
    expect(caption!.text).toBe('');
    expect(caption!.credit!.split('Image copyright').length).toBe(1000);
  });
});
