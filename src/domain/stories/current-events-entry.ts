import type { StoryVersionLabel } from './story-events.js';

/** A named link in the entry's `### Sources:` list. Pictures (`Cover Image`) are never sources. */
export interface EntrySource {
  readonly name: string;
  readonly url: string;
}

/** Another entry in `### Related:`: a reference to another page, never text of this one. */
export interface RelatedEntry {
  readonly headline: string;
  readonly path: string;
  /** The page's file name without `.md`: with the date, what identifies that entry. */
  readonly slug: string | null;
  /** YYYY-MM-DD from the path, or null when the path carries no date. */
  readonly date: string | null;
  readonly contextTags: readonly string[];
}

/** One line of `### Changes:`, numbered by its position in the list, never by the list's own numbers. */
export interface EntryVersion {
  readonly version: number;
  readonly title: string;
  readonly path: string;
  /** The page's file name without `.md`: one slug per version of the page. */
  readonly slug: string | null;
  /** ISO 8601 UTC (`2017-08-02T07:30:05Z`); null when the line gives no timestamp. */
  readonly knownAt: string | null;
  readonly label: StoryVersionLabel;
}

/** A section the parser does not know (`### Notes:`): kept as its plain text, never read for facts. */
export interface EntrySection {
  readonly heading: string;
  readonly text: string;
}

/** A current-events entry as parsed: the input of the story decider. Every text is entity-decoded. */
export interface CurrentEventsEntry {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly headline: string;
  /** The portal's category line above the headline (`##### Politics of New Jersey`), when there is one. */
  readonly category: string | null;
  readonly summary: string | null;
  readonly sources: readonly EntrySource[];
  readonly related: readonly RelatedEntry[];
  /**
   * The `### Changes:` list, in list order. Empty when the entry has none (most never changed):
   * the document itself is then the story's only version.
   */
  readonly versions: readonly EntryVersion[];
  readonly otherSections: readonly EntrySection[];
}
