import type { StoryVersionLabel } from './story-events.js';

/** A named link in the entry's `### Source:` list. */
export interface EntrySource {
  readonly name: string;
  readonly url: string;
}

/** Another entry in `### Related:`; its path is where that entry lives, and dates it. */
export interface RelatedEntry {
  readonly headline: string;
  readonly path: string;
  /** YYYY-MM-DD from the path, or null when the path carries no date. */
  readonly date: string | null;
  readonly contextTags: readonly string[];
}

/** One line of `### Changes:`, numbered by its position in the list, never by the list's own numbers. */
export interface EntryVersion {
  readonly version: number;
  readonly title: string;
  readonly path: string;
  /** ISO 8601 UTC (`2017-08-02T07:30:05Z`); null when the line gives no timestamp. */
  readonly knownAt: string | null;
  readonly label: StoryVersionLabel;
}

/** A current-events entry as parsed: the input of the story decider. */
export interface CurrentEventsEntry {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly headline: string;
  readonly summary: string | null;
  readonly sources: readonly EntrySource[];
  readonly related: readonly RelatedEntry[];
  /** At least one; versions[0] names the story. */
  readonly versions: readonly EntryVersion[];
}
