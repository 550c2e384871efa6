import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { eventIdFor } from '../shared/deterministic-uuid.js';
import type { CurrentEventsEntry } from './current-events-entry.js';
import type { StoriesLinked, StoryEvent, StoryReported, StoryRevised, StorySourceCited } from './story-events.js';
import { storyIdForEntry, storyIdForPath } from './story-identity.js';

/** Record what a document says about an entry: its versions, sources and links. */
export interface RecordStoryEntry {
  readonly type: 'RecordStoryEntry';
  readonly documentId: string;
  readonly entry: CurrentEventsEntry;
}

export type StoryCommand = RecordStoryEntry;

export interface StoryState {
  readonly storyId: string | null;
  /** Highest version recorded; versions are appended in order, so 1..latestVersion are known. */
  readonly latestVersion: number;
  readonly citedUrls: ReadonlySet<string>;
  readonly linkedStoryIds: ReadonlySet<string>;
}

const added = <T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => new Set([...set, value]);

function evolve(state: StoryState, event: StoryEvent): StoryState {
  switch (event.type) {
    case 'StoryReported':
      return {
        ...state,
        storyId: event.data.storyId,
        latestVersion: Math.max(state.latestVersion, event.data.version),
      };
    case 'StoryRevised':
      return { ...state, latestVersion: Math.max(state.latestVersion, event.data.version) };
    case 'StorySourceCited':
      return { ...state, citedUrls: added(state.citedUrls, event.data.url) };
    case 'StoriesLinked':
      return { ...state, linkedStoryIds: added(state.linkedStoryIds, event.data.relatedStoryId) };
  }
}

/**
 * Only what the stream does not hold yet: a re-scraped entry with one more version appends one
 * StoryRevised. Versions are known by their number; a later copy that rewrites an earlier version
 * is not detected.
 */
function decide(command: StoryCommand, state: StoryState): readonly StoryEvent[] {
  const { entry, documentId } = command;
  const [first, ...later] = entry.versions;
  if (first === undefined) throw new DomainError('STORY_WITHOUT_VERSIONS', `Entry of ${entry.date} lists no version`);
  const storyId = storyIdForEntry(entry);
  if (state.storyId !== null && state.storyId !== storyId) {
    throw new DomainError('STORY_ID_MISMATCH', `Entry belongs to ${storyId}, not ${state.storyId}`, {
      expected: state.storyId,
      actual: storyId,
    });
  }

  const reported: StoryReported[] =
    state.storyId === null
      ? [
          {
            type: 'StoryReported',
            schemaVersion: 1,
            data: {
              storyId,
              documentId,
              date: entry.date,
              version: first.version,
              label: first.label,
              headline: first.title,
              summary: entry.summary,
              path: first.path,
              knownAt: first.knownAt,
            },
          },
        ]
      : [];
  const revised: StoryRevised[] = later
    .filter((v) => v.version > state.latestVersion)
    .map((v) => ({
      type: 'StoryRevised',
      schemaVersion: 1,
      data: {
        storyId,
        documentId,
        version: v.version,
        label: v.label,
        headline: v.title,
        path: v.path,
        knownAt: v.knownAt,
      },
    }));
  const cited: StorySourceCited[] = uniqueBy(entry.sources, (s) => s.url)
    .filter((s) => !state.citedUrls.has(s.url))
    .map((s) => ({
      type: 'StorySourceCited',
      schemaVersion: 1,
      data: { storyId, documentId, name: s.name, url: s.url },
    }));
  const linked: StoriesLinked[] = uniqueBy(
    entry.related.map((r) => ({ related: r, relatedStoryId: storyIdForPath(r.path) })),
    (r) => r.relatedStoryId,
  )
    .filter(({ relatedStoryId }) => relatedStoryId !== storyId && !state.linkedStoryIds.has(relatedStoryId))
    .map(({ related, relatedStoryId }) => ({
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
    }));
  return [...reported, ...revised, ...cited, ...linked];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): readonly T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

export const storyDecider: Decider<StoryCommand, StoryEvent, StoryState> = {
  initialState: () => ({ storyId: null, latestVersion: 0, citedUrls: new Set(), linkedStoryIds: new Set() }),
  evolve,
  decide,
};

/** Each story event records one version, source or link; that is its identity in the stream. */
export function storyEventId(streamId: string, event: StoryEvent): string {
  switch (event.type) {
    case 'StoryReported':
    case 'StoryRevised':
      return eventIdFor(streamId, `version:${event.data.version}`);
    case 'StorySourceCited':
      return eventIdFor(streamId, `source:${event.data.url}`);
    case 'StoriesLinked':
      return eventIdFor(streamId, `link:${event.data.relatedStoryId}`);
  }
}
