import { allPages } from '../../../src/api/exports/export-format.js';

describe('allPages', () => {
  const pages: Record<string, { items: number[]; next: string | null }> = {
    start: { items: [1, 2], next: 'b' },
    b: { items: [3, 4], next: 'c' },
    c: { items: [5], next: null },
  };

  it('given three pages, when iterated from the start, then every item once, in order, reading one page at a time', async () => {
    const asked: (string | null)[] = [];
    const read = async (cursor: string | null) => {
      asked.push(cursor);
      return pages[cursor ?? 'start']!;
    };
    const seen: number[] = [];
    for await (const item of allPages(read, null)) seen.push(item);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([null, 'b', 'c']);
  });

  it('given a cursor, when iterated, then it starts at that page', async () => {
    const seen: number[] = [];
    for await (const item of allPages(async (cursor) => pages[cursor ?? 'start']!, 'b')) seen.push(item);
    expect(seen).toEqual([3, 4, 5]);
  });

  it('given an empty list, when iterated, then nothing', async () => {
    const seen: number[] = [];
    for await (const item of allPages(async () => ({ items: [] as number[], next: null }), null)) seen.push(item);
    expect(seen).toEqual([]);
  });
});
