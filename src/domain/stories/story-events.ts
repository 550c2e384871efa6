import type { DomainEvent } from '../shared/domain-event.js';

export type StoryVersionLabel = 'First version' | 'Update' | 'Current version';

export interface StoryReportedData {
  readonly storyId: string;
  readonly documentId: string;
  /** The entry's own date (YYYY-MM-DD). */
  readonly date: string;
  readonly version: number;
  readonly label: StoryVersionLabel;
  readonly headline: string;
  readonly summary: string | null;
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

export interface StorySourceCitedData {
  readonly storyId: string;
  readonly documentId: string;
  readonly name: string;
  readonly url: string;
}

export interface StoriesLinkedData {
  readonly storyId: string;
  readonly documentId: string;
  /** Story id the related entry would get, derived from its path. */
  readonly relatedStoryId: string;
  readonly relatedPath: string;
  readonly relatedHeadline: string;
  readonly relatedDate: string | null;
  readonly contextTags: readonly string[];
}

export type StoryReported = DomainEvent<'StoryReported', StoryReportedData>;
export type StoryRevised = DomainEvent<'StoryRevised', StoryRevisedData>;
export type StorySourceCited = DomainEvent<'StorySourceCited', StorySourceCitedData>;
export type StoriesLinked = DomainEvent<'StoriesLinked', StoriesLinkedData>;
export type StoryEvent = StoryReported | StoryRevised | StorySourceCited | StoriesLinked;
