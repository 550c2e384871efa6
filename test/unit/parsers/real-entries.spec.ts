import { decideStoryEntry, evolveStory, initialStoryState, type StoryState } from '../../../src/domain/stories/story-decider.js';
import type { StoryEvent } from '../../../src/domain/stories/story-events.js';
import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';
import { type ParsedCurrentEventsEntry } from '../../../src/ingestion/parsers/current-events-entry-parser.js';
import { parseDocument } from '../../../src/ingestion/parsers/document-parser.js';
import { loadCurrentEventsFixtures, readManifest } from '../../fixtures/current-events/load-fixtures.js';

/**
 * The real entries of test/fixtures/current-events/ (see its README) against what reading them
 * by hand gives (manifest.json).
 */
const fixtures = loadCurrentEventsFixtures();
const { revisionGroups } = readManifest();

function entryOf(text: string): ParsedCurrentEventsEntry {
  const result = parseDocument(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  if (result.value.kind !== 'current-events-entry') throw new Error(`read as ${result.value.kind}`);
  return result.value.entry;
}

const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

describe('real current-events entries', () => {
  it.each(fixtures.map((f) => [f.file, f]))('given %s, when parsed, then the date, headline, category, versions, sources and related links read by hand', (_file, f) => {
    const entry = entryOf(f.text);
    expect({
      date: entry.date,
      headline: entry.headline,
      category: entry.category,
      versions: entry.versions.map((v) => ({ slug: v.slug, time: v.knownAt?.replace('T', ' ').replace('Z', '') ?? null, label: v.label })),
      sources: entry.sources,
      related: { count: entry.related.length, slugs: entry.related.map((r) => r.slug) },
    }).toEqual({ date: f.date, headline: f.headline, category: f.category, versions: f.versions, sources: f.sources, related: f.related });
  });

  it('given every entry, when parsed, then no Cover Image among the sources and no HTML entity left in any text', () => {
    for (const f of fixtures) {
      const { spans: _spans, ...entry } = entryOf(f.text);
      expect([f.file, entry.sources.filter((s) => /cover image/i.test(s.name) || s.url === f.coverImage)]).toEqual([f.file, []]);
      expect([f.file, JSON.stringify(entry).match(ENTITY)?.[0] ?? null]).toEqual([f.file, null]);
    }
  });

  it('given every entry, when its facts are extracted, then each quote lies in its own headline and summary, never in Related', () => {
    let facts = 0;
    for (const f of fixtures) {
      const entry = entryOf(f.text);
      // A quote may join the headline and the summary's first sentence; it never reaches past them.
      const [first, last] = [entry.spans.headline, entry.spans.summary.at(-1) ?? entry.spans.headline];
      for (const fact of extractFacts({ documentId: f.file, text: f.text, publishedAt: null, kind: 'current-events-entry' })) {
        facts++;
        const { start, end, quote } = fact.provenance;
        expect([f.file, quote, start >= first.start && end <= last.end]).toEqual([f.file, quote, true]);
      }
    }
    expect(facts).toBeGreaterThan(0);
  });
});

type Ledger = Map<string, StoryEvent[]>;

function storiesAfter(files: readonly string[]): string[] {
  const ledger: Ledger = new Map();
  for (const file of files) {
    const states = new Map<string, StoryState>([...ledger].map(([id, events]) => [id, events.reduce(evolveStory, initialStoryState())]));
    const entry = entryOf(fixtures.find((f) => f.file === file)!.text);
    for (const [id, events] of decideStoryEntry({ type: 'RecordStoryEntry', documentId: file, entry, pagePath: null }, states)) {
      ledger.set(id, [...(ledger.get(id) ?? []), ...events]);
    }
  }
  return [...ledger].filter(([, events]) => !events.some((e) => e.type === 'StoriesMerged')).map(([id]) => id);
}

const orders = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('real revision groups', () => {
  it.each(revisionGroups.map((g) => [g.storyGroup, g.files]))('given the revisions of %s, in every arrival order, when recorded, then one story, the same', (_group, files) => {
    const ids = orders(files).map(storiesAfter);
    expect(ids.every((stories) => stories.length === 1)).toBe(true);
    expect(new Set(ids.map((stories) => stories[0])).size).toBe(1);
  });
});
