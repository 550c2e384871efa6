import { sha256Hex } from '../shared/sha-digests.js';
import { slugify } from '../shared/slug.js';
import type { CurrentEventsEntry } from './current-events-entry.js';

const NEWS_PATH_DATE = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//;
const SLUG_WORDS_LENGTH = 48;

/**
 * The date in an entry path such as `/news/2017/02/9/...md`, zero-padded (2017-02-09);
 * null when the path has none or it is not a calendar date.
 */
export function dateInNewsPath(path: string): string | null {
  const match = NEWS_PATH_DATE.exec(path);
  if (!match) return null;
  const [year, month, day] = [match[1]!, match[2]!.padStart(2, '0'), match[3]!.padStart(2, '0')];
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
    ? null
    : `${year}-${month}-${day}`;
}

/**
 * The story id an entry path names: `story-<date>-<first words of the slug>-<8 hex>`. The hash
 * covers the date and the whole file name, so two entries whose titles start alike stay apart.
 * A related entry's path maps to the id that entry gets when it is ingested, as long as the
 * link uses the path of that entry's first version.
 */
export function storyIdForPath(path: string): string {
  const date = dateInNewsPath(path) ?? 'undated';
  const fileName = (path.split(/[?#]/)[0] ?? '').split('/').filter(Boolean).pop() ?? '';
  const name = fileName.replace(/\.md$/i, '').toLowerCase();
  const words = slugify(name, SLUG_WORDS_LENGTH) || 'entry';
  return `story-${date}-${words}-${sha256Hex(`${date}/${name}`).slice(0, 8)}`;
}

/** An entry is named by its first version's path: later versions may retitle it, the story stays. */
export const storyIdForEntry = (entry: CurrentEventsEntry): string => storyIdForPath(entry.versions[0]!.path);
