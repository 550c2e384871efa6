import type { DomainEvent } from '../shared/domain-event.js';

export type StoryVersionLabel = 'First version' | 'Update' | 'Current version';

export interface StoryReportedData {
  readonly storyId: string;
  readonly documentId: string;
  /** The entry's own date (YYYY-MM-DD). */
  readonly date: string;
  /** Ordinal of the version in this stream; the versioned view orders versions by time instead. */
  readonly version: number;
  readonly label: StoryVersionLabel;
  readonly headline: string;
  readonly summary: string | null;
  /** The version's page path; its file name is the version's slug. */
  readonly path: string | null;
  /** Version timestamp (ISO 8601, UTC) or null when the entry gives none. */
  readonly knownAt: string | null;
}

export interface StoryRevisedData {
  readonly storyId: string;
  readonly documentId: string;
  readonly version: number;
  readonly label: StoryVersionLabel;
  readonly headline: string;
  readonly path: string | null;
  readonly knownAt: string | null;
}

/**
 * A document is one revision of the story's page. Every document recorded on a story gets one:
 * documents recorded on one story (after merges) are revisions of one page, so they are one
 * source, not several, when facts count corroboration.
 */
export interface StoryRevisionRecordedData {
  readonly storyId: string;
  readonly documentId: string;
  readonly date: string;
  /** The document's own page: from its url, its `Current version` line, or its headline. */
  readonly pagePath: string;
  readonly headline: string;
  readonly category: string | null;
  readonly summary: string | null;
}

export interface StorySourceCitedData {
  readonly storyId: string;
  readonly documentId: string;
  readonly name: string;
  readonly url: string;
}

export interface StoriesLinkedData {
  readonly storyId: string;
  readonly documentId: string;
  /** Story id the related entry's page names (storyIdForPath); the read side resolves it to its story. */
  readonly relatedStoryId: string;
  readonly relatedPath: string;
  readonly relatedHeadline: string;
  readonly relatedDate: string | null;
  readonly contextTags: readonly string[];
}

/**
 * A revision showed two stories to be one (their version lists share a page), or showed an
 * earlier version that names the story: `storyId`'s stream now belongs to `into`. Appended to
 * the stream of the story merged away; nothing in it is rewritten.
 */
export interface StoriesMergedData {
  readonly storyId: string;
  readonly into: string;
  readonly documentId: string;
}

export type StoryReported = DomainEvent<'StoryReported', StoryReportedData>;
export type StoryRevised = DomainEvent<'StoryRevised', StoryRevisedData>;
export type StoryRevisionRecorded = DomainEvent<'StoryRevisionRecorded', StoryRevisionRecordedData>;
export type StorySourceCited = DomainEvent<'StorySourceCited', StorySourceCitedData>;
export type StoriesLinked = DomainEvent<'StoriesLinked', StoriesLinkedData>;
export type StoriesMerged = DomainEvent<'StoriesMerged', StoriesMergedData>;
export type StoryEvent =
  | StoryReported
  | StoryRevised
  | StoryRevisionRecorded
  | StorySourceCited
  | StoriesLinked
  | StoriesMerged;
