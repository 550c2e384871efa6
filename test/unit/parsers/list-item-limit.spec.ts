import { MAX_LIST_ITEMS, checkDocumentText } from '../../../src/ingestion/parsers/text-checks.js';

const items = (n: number, marker = (i: number) => `${i + 1}.`) =>
  Array.from({ length: n }, (_, i) => `${marker(i)} item ${i}`).join('\n');

describe('the list-item limit', () => {
  it('given exactly the limit of numbered items, when checked, then the text passes', () => {
    expect(checkDocumentText(items(MAX_LIST_ITEMS)).ok).toBe(true);
  });

  it('given one bulleted item more than the limit, when checked, then TOO_MANY_ITEMS', () => {
    const checked = checkDocumentText(items(MAX_LIST_ITEMS + 1, () => '-'));
    expect(checked.ok ? null : checked.error.code).toBe('TOO_MANY_ITEMS');
  });

  it('given prose lines that start with figures or dashes inside sentences, when checked, then they are not items', () => {
    const prose = Array.from({ length: MAX_LIST_ITEMS + 5 }, (_, i) => `In ${1990 + (i % 30)} the talks-on-trade resumed.`).join('\n');
    expect(checkDocumentText(prose).ok).toBe(true);
  });
});
