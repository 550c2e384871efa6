import { parseDocument, documentIngestedData } from '../../../src/ingestion/parsers/document-parser.js';

const parsed = (text: string, kind?: 'article' | 'current-events-entry') => {
  const result = parseDocument(text, kind);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const PAGE = `<!DOCTYPE html>
<html><head>
<title>Bridge reopens | The Paper</title>
<meta property="og:title" content="A bridge reopens &amp; traffic flows">
<meta property="og:site_name" content="The Paper">
<meta property="og:url" content="https://paper.example/bridge">
<meta property="article:published_time" content="2019-05-06T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>A bridge reopens</h1>
<p>The river bridge reopened on Monday after repairs that took two years, the city council said in a statement.</p>
<p>Traffic resumed in both directions by the afternoon, and the ferry service that had replaced the bridge will stop at the end of the month.</p>
</article>
<footer>Copyright The Paper</footer>
</body></html>`;

describe('articles wrapped in JSON or HTML', () => {
  it('given a JSON document, when parsed, then its text is the stored text and its fields the metadata', () => {
    const json = JSON.stringify({ text: 'The bridge reopened on Monday.', url: 'https://paper.example/b', publishedAt: '2019-05-06', title: 'Bridge &amp; ferry', publisher: 'The Paper' });
    const doc = parsed(json);
    expect(doc).toMatchObject({ kind: 'article', format: 'json', text: 'The bridge reopened on Monday.' });
    const data = documentIngestedData(json, doc, { publisher: null, url: null });
    expect(data).toMatchObject({ title: 'Bridge & ferry', publishedAt: '2019-05-06', url: 'https://paper.example/b', publisher: 'The Paper', text: 'The bridge reopened on Monday.' });
    expect(data.original).toEqual({ format: 'json', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), length: json.length });
    expect(data.documentId).toBe(`doc-${data.original!.contentHash.slice(0, 16)}`);
  });

  it.each([
    ['broken JSON', '{ "text": "unterminated }', 'MALFORMED_JSON'],
    ['no text field', '{ "title": "Only a title" }', 'MALFORMED_JSON'],
    ['a number as text', '{ "text": 42 }', 'MALFORMED_JSON'],
    ['an impossible date', '{ "text": "Body.", "publishedAt": "2019-02-30" }', 'MALFORMED_JSON'],
  ])('given %s, when parsed, then %s', (_what, text, code) => {
    const result = parseDocument(text);
    expect(result.ok || result.error.code).toBe(code);
  });

  it('given a saved HTML page, when parsed, then the readable paragraphs are the stored text and the page metadata is read', () => {
    const doc = parsed(PAGE);
    expect(doc).toMatchObject({ kind: 'article', format: 'html' });
    expect(doc.text.split('\n\n')).toEqual([
      expect.stringContaining('reopened on Monday after repairs'),
      expect.stringContaining('Traffic resumed in both directions'),
    ]);
    expect(doc.text).not.toMatch(/Home|Copyright|<p>/);
    const data = documentIngestedData(PAGE, doc, { publisher: null, url: null });
    expect(data).toMatchObject({ title: 'A bridge reopens & traffic flows', publishedAt: '2019-05-06T08:30:00.000Z', publisher: 'The Paper', url: 'https://paper.example/bridge' });
    expect(data.original?.format).toBe('html');
  });

  it('given a JSON document or an HTML page sent as an entry, when parsed, then KIND_MISMATCH', () => {
    for (const text of ['{ "text": "Body." }', PAGE]) {
      const result = parseDocument(text, 'current-events-entry');
      expect(result.ok || result.error.code).toBe('KIND_MISMATCH');
    }
  });

  it('given a page with no readable text, when parsed, then NO_TEXT', () => {
    const result = parseDocument('<html><body><nav>Home</nav></body></html>');
    expect(result.ok || result.error.code).toBe('NO_TEXT');
  });
});
