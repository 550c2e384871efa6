import type { Decider } from '../shared/decider.js';
import { eventIdFor } from '../shared/deterministic-uuid.js';
import type { CurrentEventsEntry } from './current-events-entry.js';
import type { StoryEvent, StoryVersionLabel } from './story-events.js';
import {
  dateInNewsPath,
  entryWords,
  mirrorSlugs,
  newsPath,
  sameHeadlineEdge,
  sameHeadlineEnding,
  sameHeadlineWords,
  sameSummaryWords,
  slugOfPath,
  storyIdFor,
  storyIdForPath,
  storyRoot,
} from './story-identity.js';

/** Record what a document says about an entry: its page, versions, sources and links. */
export interface RecordStoryEntry {
  readonly type: 'RecordStoryEntry';
  readonly documentId: string;
  readonly entry: CurrentEventsEntry;
  /** The document's own page path when the caller knows it (its url); else it is read from the entry. */
  readonly pagePath: string | null;
}

/** What one story stream holds. */
export interface StoryState {
  readonly storyId: string | null;
  /** Set once a revision showed this story to be part of another. */
  readonly mergedInto: string | null;
  /** Every version slug recorded here, with the earliest time a Changes list gave it (null: none). */
  readonly versions: ReadonlyMap<string, string | null>;
  /**
   * What finds a version here: its slug, and the slugs the mirror derives from the titles it
   * was given (a page saved before its slug rule changed), each pointing to the version's slug.
   */
  readonly keys: ReadonlyMap<string, string>;
  /** The words (entryWords) of every headline and Changes title recorded here. */
  readonly headlineWords: ReadonlySet<string>;
  /** The words (entryWords) of every summary recorded here. */
  readonly summaryWords: ReadonlySet<string>;
  readonly latestVersion: number;
  readonly documents: ReadonlySet<string>;
  readonly citedUrls: ReadonlySet<string>;
  readonly linkedStoryIds: ReadonlySet<string>;
}

const added = <T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => (set.has(value) ? set : new Set([...set, value]));

function withTexts(state: StoryState, headline: string, summary: string | null): StoryState {
  const words = entryWords(headline);
  const summaryWords = summary === null ? '' : entryWords(summary);
  return {
    ...state,
    headlineWords: words === '' ? state.headlineWords : added(state.headlineWords, words),
    summaryWords: summaryWords === '' ? state.summaryWords : added(state.summaryWords, summaryWords),
  };
}

const earlier = (a: string | null | undefined, b: string | null): string | null =>
  a === undefined || a === null ? b : b === null || a <= b ? a : b;

function withKeys(keys: ReadonlyMap<string, string>, slug: string, title: string): ReadonlyMap<string, string> {
  const next = new Map(keys);
  for (const key of [slug, ...mirrorSlugs(title)]) if (!next.has(key)) next.set(key, slug);
  return next;
}

function withVersion(state: StoryState, path: string | null, title: string, knownAt: string | null, version: number): StoryState {
  const slug = path === null ? null : slugOfPath(path);
  if (slug === null) return { ...state, latestVersion: Math.max(state.latestVersion, version) };
  const versions = new Map(state.versions);
  versions.set(slug, earlier(state.versions.get(slug), knownAt));
  return { ...state, versions, keys: withKeys(state.keys, slug, title), latestVersion: Math.max(state.latestVersion, version) };
}

export function evolveStory(state: StoryState, event: StoryEvent): StoryState {
  switch (event.type) {
    case 'StoryReported': {
      const { storyId, documentId, path, headline, summary, knownAt, version } = event.data;
      const next = withVersion(withTexts(state, headline, summary), path, headline, knownAt, version);
      return { ...next, storyId, documents: added(state.documents, documentId) };
    }
    case 'StoryRevised':
      return withVersion(withTexts(state, event.data.headline, null), event.data.path, event.data.headline, event.data.knownAt, event.data.version);
    case 'StoryRevisionRecorded': {
      const { storyId, documentId, pagePath, headline, summary } = event.data;
      const slug = slugOfPath(pagePath);
      const keys = slug === null ? state.keys : withKeys(state.keys, slug, headline);
      return { ...withTexts(state, headline, summary), storyId: state.storyId ?? storyId, keys, documents: added(state.documents, documentId) };
    }
    case 'StorySourceCited':
      return { ...state, citedUrls: added(state.citedUrls, event.data.url) };
    case 'StoriesLinked':
      return { ...state, linkedStoryIds: added(state.linkedStoryIds, event.data.relatedStoryId) };
    case 'StoriesMerged':
      return { ...state, mergedInto: event.data.into };
  }
}

export const initialStoryState = (): StoryState => ({
  storyId: null,
  mergedInto: null,
  versions: new Map(),
  keys: new Map(),
  headlineWords: new Set(),
  summaryWords: new Set(),
  latestVersion: 0,
  documents: new Set(),
  citedUrls: new Set(),
  linkedStoryIds: new Set(),
});

/** Folding one story stream; deciding needs every story stream of the entry's date (decideStoryEntry). */
export const storyFold: Pick<Decider<RecordStoryEntry, StoryEvent, StoryState>, 'initialState' | 'evolve'> = {
  initialState: initialStoryState,
  evolve: evolveStory,
};

/** The stream-id prefix of every story of one entry date: all a decision must read. */
export const storyStreamPrefix = (date: string): string => `story-${date}-`;

interface Claim {
  readonly slug: string;
  readonly path: string;
  readonly title: string;
  readonly knownAt: string | null;
  readonly label: StoryVersionLabel;
}

/** The document's own page as far as the text tells: the url the caller knows, else the `Current version` line, else the mirror's slugs of the headline. */
function ownPage(command: RecordStoryEntry): { slugs: string[]; derived: boolean } {
  const { entry, pagePath } = command;
  const fromUrl = pagePath !== null && dateInNewsPath(pagePath) === entry.date ? slugOfPath(pagePath) : null;
  if (fromUrl !== null) return { slugs: [fromUrl], derived: false };
  const current = entry.versions.find((v) => v.label === 'Current version' && v.slug !== null && dateInNewsPath(v.path) === entry.date);
  if (current !== undefined) return { slugs: [current.slug!], derived: false };
  const derived = mirrorSlugs(entry.headline);
  return { slugs: derived.length > 0 ? derived : ['entry'], derived: true };
}

/**
 * The versions this document names: its Changes lines of its own date, and its own page. A
 * page known only by a derived slug takes the slug a known version has for it (`known`).
 */
function claimsOf(
  command: RecordStoryEntry,
  own: { slugs: string[]; derived: boolean },
  known: ReadonlyMap<string, string>,
): { claims: Claim[]; ownSlug: string } {
  const { entry } = command;
  const claims = new Map<string, Claim>();
  for (const v of entry.versions) {
    if (v.slug === null || dateInNewsPath(v.path) !== entry.date) continue;
    const seen = claims.get(v.slug);
    claims.set(v.slug, { slug: v.slug, path: v.path, title: v.title, label: v.label, knownAt: earlier(seen?.knownAt, v.knownAt) });
  }
  const slug = (own.derived ? own.slugs.map((candidate) => known.get(candidate)).find((s) => s !== undefined) : undefined) ?? own.slugs[0]!;
  if (!claims.has(slug)) {
    claims.set(slug, { slug, path: newsPath(entry.date, slug), title: entry.headline, label: 'Current version', knownAt: null });
  }
  return { claims: [...claims.values()], ownSlug: slug };
}

interface Component {
  readonly streamIds: string[];
  readonly versions: Map<string, string | null>;
  readonly keys: Map<string, string>;
  readonly headlineWords: Set<string>;
  readonly summaryWords: Set<string>;
  readonly citedUrls: Set<string>;
  readonly linkedStoryIds: Set<string>;
  latestVersion: number;
}

/** Follows merges to the story a stream now belongs to. */
function canonical(streams: ReadonlyMap<string, StoryState>, id: string): string {
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const into = streams.get(current)?.mergedInto ?? null;
    if (into === null) return current;
    current = into;
  }
  return current;
}

function componentsOf(streams: ReadonlyMap<string, StoryState>): Map<string, Component> {
  const components = new Map<string, Component>();
  for (const [streamId, state] of streams) {
    if (state.storyId === null) continue;
    const id = canonical(streams, streamId);
    const c: Component = components.get(id) ?? {
      streamIds: [],
      versions: new Map(),
      keys: new Map(),
      headlineWords: new Set(),
      summaryWords: new Set(),
      citedUrls: new Set(),
      linkedStoryIds: new Set(),
      latestVersion: 0,
    };
    c.streamIds.push(streamId);
    for (const [slug, knownAt] of state.versions) c.versions.set(slug, earlier(c.versions.get(slug), knownAt));
    for (const [key, slug] of state.keys) if (!c.keys.has(key)) c.keys.set(key, slug);
    for (const words of state.headlineWords) c.headlineWords.add(words);
    for (const words of state.summaryWords) c.summaryWords.add(words);
    for (const url of state.citedUrls) c.citedUrls.add(url);
    for (const linked of state.linkedStoryIds) c.linkedStoryIds.add(linked);
    c.latestVersion = Math.max(c.latestVersion, state.latestVersion);
    components.set(id, c);
  }
  return components;
}

/**
 * Whether a story of the entry's date holds an earlier or later revision of it that no version
 * link names: a headline or Changes title of one lies whole in one of the other's (a category
 * put before it or taken off, a sentence added), or, under a cited source in common, the same
 * summary, a short headline that the other ends with, or the same first or last 40 letters.
 * Symmetric, so the stories found do not depend on which revision came first.
 */
function sharesEntryText(entry: CurrentEventsEntry, c: Component): boolean {
  const titles = [entry.headline, ...entry.versions.filter((v) => dateInNewsPath(v.path) === entry.date).map((v) => v.title)].map(entryWords);
  if (titles.some((words) => [...c.headlineWords].some((known) => sameHeadlineWords(words, known)))) return true;
  if (!entry.sources.some((s) => c.citedUrls.has(s.url))) return false;
  const summary = entry.summary === null ? '' : entryWords(entry.summary);
  if ([...c.summaryWords].some((known) => sameSummaryWords(summary, known))) return true;
  return titles.some((words) => [...c.headlineWords].some((known) => sameHeadlineEnding(words, known) || sameHeadlineEdge(words, known)));
}

/**
 * Records one revision of an entry's page, given every story stream of the entry's date. A
 * story is every entry linked by date and version slugs, or by the text revisions of one page
 * share (sharesEntryText): the document joins each story that is linked to it, stories it shows to be one are merged, and the story is named by its
 * root version (storyRoot), so the end state does not depend on arrival order. Returns the
 * events per stream; nothing when the document is already recorded.
 */
export function decideStoryEntry(
  command: RecordStoryEntry,
  streams: ReadonlyMap<string, StoryState>,
): ReadonlyMap<string, readonly StoryEvent[]> {
  const { entry, documentId } = command;
  if ([...streams.values()].some((s) => s.documents.has(documentId))) return new Map();

  const components = componentsOf(streams);
  const own = ownPage(command);
  const lookup = [...own.slugs, ...mirrorSlugs(entry.headline), ...entry.versions.flatMap((v) => [v.slug ?? '', ...mirrorSlugs(v.title)])];
  const bySlug = [...components].filter(([, c]) => lookup.some((key) => c.keys.has(key)));
  const byText = [...components].filter(([, c]) => !lookup.some((key) => c.keys.has(key)) && sharesEntryText(entry, c));
  const touched = [...bySlug, ...byText];
  const knownKeys = new Map<string, string>();
  for (const [, c] of touched) for (const [key, slug] of c.keys) if (!knownKeys.has(key)) knownKeys.set(key, slug);
  const { claims, ownSlug } = claimsOf(command, own, knownKeys);

  const known = new Map<string, string | null>();
  for (const [, c] of touched) for (const [slug, knownAt] of c.versions) known.set(slug, earlier(known.get(slug), knownAt));
  const all = new Map(known);
  // A revision found by its text alone joins the story under the name it has: no link says
  // whether its page came before the story's, so it does not rename it.
  if (bySlug.length > 0 || byText.length === 0) for (const claim of claims) all.set(claim.slug, earlier(all.get(claim.slug), claim.knownAt));
  const root = storyRoot([...all].map(([slug, knownAt]) => ({ slug, knownAt })))!;
  const named = storyIdFor(entry.date, root);
  // A Changes list can date a page whose story was already merged away; naming the story by it
  // again would merge the two into each other. The story keeps the name it has now.
  const storyId = (streams.get(named)?.mergedInto ?? null) === null ? named : canonical(streams, named);
  const ids = new Set<string>([storyId, ...touched.flatMap(([, c]) => c.streamIds)]);

  const out = new Map<string, StoryEvent[]>();
  const emit = (streamId: string, event: StoryEvent): void => {
    out.set(streamId, [...(out.get(streamId) ?? []), event]);
  };

  for (const [id] of touched) {
    if (id !== storyId) emit(id, { type: 'StoriesMerged', schemaVersion: 1, data: { storyId: id, into: storyId, documentId } });
  }

  let version = Math.max(0, ...touched.map(([, c]) => c.latestVersion), streams.get(storyId)?.latestVersion ?? 0);
  // A version is news when it is new, or when this list dates it earlier than any before it did.
  const news = claims.filter((c) => !known.has(c.slug) || (c.knownAt !== null && earlier(known.get(c.slug), c.knownAt) !== known.get(c.slug)));
  if ((streams.get(storyId)?.storyId ?? null) === null) {
    // The versions are numbered in the order the Changes list gives them, so that versions the
    // list dates alike keep its order.
    const first = news[0] ?? claims.find((c) => c.slug === root) ?? claims[0]!;
    const firstAt = news.indexOf(first);
    if (firstAt !== -1) news.splice(firstAt, 1);
    emit(storyId, {
      type: 'StoryReported',
      schemaVersion: 1,
      data: {
        storyId,
        documentId,
        date: entry.date,
        version: ++version,
        label: first.label,
        headline: first.title,
        summary: entry.summary,
        path: first.path,
        knownAt: first.knownAt,
      },
    });
  }
  for (const v of news) {
    emit(storyId, {
      type: 'StoryRevised',
      schemaVersion: 1,
      data: { storyId, documentId, version: ++version, label: v.label, headline: v.title, path: v.path, knownAt: v.knownAt },
    });
  }
  emit(storyId, {
    type: 'StoryRevisionRecorded',
    schemaVersion: 1,
    data: {
      storyId,
      documentId,
      date: entry.date,
      pagePath: newsPath(entry.date, ownSlug),
      headline: entry.headline,
      category: entry.category,
      summary: entry.summary,
    },
  });

  const cited = new Set<string>(touched.flatMap(([, c]) => [...c.citedUrls]));
  for (const source of entry.sources) {
    if (cited.has(source.url)) continue;
    cited.add(source.url);
    emit(storyId, { type: 'StorySourceCited', schemaVersion: 1, data: { storyId, documentId, name: source.name, url: source.url } });
  }
  const linked = new Set<string>(touched.flatMap(([, c]) => [...c.linkedStoryIds]));
  for (const related of entry.related) {
    const relatedStoryId = storyIdForPath(related.path);
    if (linked.has(relatedStoryId) || ids.has(relatedStoryId)) continue;
    linked.add(relatedStoryId);
    emit(storyId, {
      type: 'StoriesLinked',
      schemaVersion: 1,
      data: {
        storyId,
        documentId,
        relatedStoryId,
        relatedPath: related.path,
        relatedHeadline: related.headline,
        relatedDate: related.date,
        contextTags: related.contextTags,
      },
    });
  }
  return out;
}

/** Each story event records one version, document, source, link or merge: that is its identity in the stream. */
export function storyEventId(streamId: string, event: StoryEvent): string {
  switch (event.type) {
    case 'StoryReported':
    case 'StoryRevised':
      return eventIdFor(streamId, `version:${event.data.version}`);
    case 'StoryRevisionRecorded':
      return eventIdFor(streamId, `document:${event.data.documentId}`);
    case 'StorySourceCited':
      return eventIdFor(streamId, `source:${event.data.url}`);
    case 'StoriesLinked':
      return eventIdFor(streamId, `link:${event.data.relatedStoryId}`);
    case 'StoriesMerged':
      return eventIdFor(streamId, `merged:${event.data.into}`);
  }
}
