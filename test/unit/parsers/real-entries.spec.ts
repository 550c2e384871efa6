import { decideStoryEntry, evolveStory, initialStoryState, type StoryState, storyStreamPrefix } from '../../../src/domain/stories/story-decider.js';
import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';
import { type ParsedCurrentEventsEntry } from '../../../src/ingestion/parsers/current-events-entry-parser.js';
import { parseDocument } from '../../../src/ingestion/parsers/document-parser.js';
import { loadCurrentEventsFixtures, readManifest } from '../../fixtures/current-events/load-fixtures.js';
import { loadUnseenFixtures, readUnseenManifest } from '../../fixtures/current-events-unseen/load-fixtures.js';

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

/** The stories left after recording the files in order, each decision given its date's stories, as ingestion does. */
function storiesAfter(files: readonly string[], texts: ReadonlyMap<string, string> = new Map(fixtures.map((f) => [f.file, f.text]))): string[] {
  const states = new Map<string, StoryState>();
  for (const file of files) {
    const entry = entryOf(texts.get(file)!);
    const ofDate = new Map([...states].filter(([id]) => id.startsWith(storyStreamPrefix(entry.date))));
    for (const [id, events] of decideStoryEntry({ type: 'RecordStoryEntry', documentId: file, entry, pagePath: null }, ofDate)) {
      states.set(id, events.reduce(evolveStory, states.get(id) ?? initialStoryState()));
    }
  }
  return [...states].filter(([, state]) => state.mergedInto === null).map(([id]) => id);
}

const orders = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('real revision groups', () => {
  it.each(revisionGroups.map((g) => [g.storyGroup, g.files]))('given the revisions of %s, in every arrival order, when recorded, then one story, the same', (_group, files) => {
    const ids = orders(files).map((order) => storiesAfter(order));
    expect(ids.every((stories) => stories.length === 1)).toBe(true);
    expect(new Set(ids.map((stories) => stories[0])).size).toBe(1);
  });
});

/**
 * The second set, test/fixtures/current-events-unseen/ (see its README): other days, other
 * paths, and revisions that no version link ties (the same entry re-titled before the mirror
 * kept Changes lists), besides the day indexes a mirror directory holds.
 */
const unseen = loadUnseenFixtures();
const unseenTexts = new Map(unseen.map((f) => [f.file, f.text]));
const unseenEntries = unseen.filter((f) => f.kind === 'entry');

describe('a second set of real entries', () => {
  it.each(unseenEntries.map((f) => [f.file, f]))('given %s, when parsed, then the date, headline, category and counts read off the file', (_file, f) => {
    const entry = entryOf(f.text);
    expect({
      date: entry.date,
      headline: entry.headline,
      category: entry.category,
      versionCount: Math.max(1, entry.versions.length),
      sourceCount: entry.sources.length,
      relatedCount: entry.related.length,
    }).toEqual({ date: f.date, headline: f.headline, category: f.category, versionCount: f.versionCount, sourceCount: f.sourceCount, relatedCount: f.relatedCount });
  });

  it('given the day indexes of the mirror, when parsed, then each is refused as DAY_INDEX on its first line, naming the day', () => {
    const indexes = unseen.filter((f) => f.kind === 'day-index');
    expect(indexes.length).toBeGreaterThan(0);
    for (const f of indexes) {
      const result = parseDocument(f.text);
      expect([f.file, result.ok ? 'parsed' : result.error.code, result.ok ? null : result.error.line]).toEqual([f.file, 'DAY_INDEX', 1]);
      expect(result.ok ? '' : result.error.message).toContain(f.date);
    }
  });

  it('given every entry, when parsed, then no Cover Image among the sources, no HTML entity left, and facts quote only the headline and summary', () => {
    for (const f of unseenEntries) {
      const { spans, ...entry } = entryOf(f.text);
      expect([f.file, entry.sources.filter((s) => /cover image/i.test(s.name)), JSON.stringify(entry).match(ENTITY)?.[0] ?? null]).toEqual([f.file, [], null]);
      const [first, last] = [spans.headline, spans.summary.at(-1) ?? spans.headline];
      for (const fact of extractFacts({ documentId: f.file, text: f.text, publishedAt: null, kind: 'current-events-entry' })) {
        const { start, end, quote } = fact.provenance;
        expect([f.file, quote, start >= first.start && end <= last.end]).toEqual([f.file, quote, true]);
      }
    }
  });
});

describe('a second set of real revision groups', () => {
  const { revisionGroups: unseenGroups } = readUnseenManifest();

  it.each(unseenGroups.map((g) => [g.storyGroup, g.linkedBy.join('+'), g.files]))(
    'given the revisions of %s (linked by %s), in every arrival order, when recorded, then one story',
    (_group, linkedBy, files) => {
      const ids = orders(files).map((order) => storiesAfter(order, unseenTexts));
      expect(ids.filter((stories) => stories.length !== 1)).toEqual([]);
      // Revisions tied only by Changes lists are named alike whatever came first. Revisions found
      // by their words, or whose lists date a page differently, keep the name the story had
      // (a story is never named again by a page it merged away): one story, its name by arrival.
      if (linkedBy === 'changes') expect(new Set(ids.map((stories) => stories[0])).size).toBe(1);
    },
  );

  it('given the whole set in file order and in reverse, when recorded, then as many stories as groups and loose entries', () => {
    const expected = new Set(unseenEntries.map((f) => f.storyGroup)).size;
    const files = unseenEntries.map((f) => f.file);
    expect([storiesAfter(files, unseenTexts).length, storiesAfter([...files].reverse(), unseenTexts).length]).toEqual([expected, expected]);
  });
});
