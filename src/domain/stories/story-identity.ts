import { sha256Hex } from '../shared/sha-digests.js';
import { slugify } from '../shared/slug.js';

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

/** The page's file name without `.md` (`/news/2017/07/1/some-title.md` -> `some-title`); null when there is none. */
export function slugOfPath(path: string): string | null {
  const fileName = (path.split(/[?#]/)[0] ?? '').split('/').filter(Boolean).pop() ?? '';
  const slug = fileName.replace(/\.(?:md|html|json|xml)$/i, '').toLowerCase();
  return slug.length > 0 ? slug : null;
}

const MIRROR_SLUG_LENGTH = 140;

/** Each character that is not a lower-case ASCII letter or digit becomes '-', cut at 140, runs of '-' collapsed, ends trimmed. */
function mirrorCut(transliterated: string): string {
  const marks = transliterated.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return marks.replace(/[^a-z0-9]/g, '-').slice(0, MIRROR_SLUG_LENGTH).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

// How the mirror's older code transliterated non-ASCII text: the UTF-8 bytes read as Latin-1,
// C1 controls dropped (`–` gives `a`, `é` gives `a-c`, `ü` gives `a1-4`).
const LATIN1_SYMBOLS: Readonly<Record<string, string>> = { '\u00a9': '(c)', '\u00ae': '(r)' };
function asLatin1Bytes(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    if (byte >= 0x80 && byte <= 0x9f) continue;
    const char = String.fromCharCode(byte);
    out += LATIN1_SYMBOLS[char] ?? char;
  }
  return out;
}

/**
 * The slugs the mirror may have given a page for its headline, checked against real paths:
 * lower case, each other character a '-', cut at 140 characters, runs collapsed (`: ` counts
 * two before the cut). Non-ASCII letters were transliterated in two ways over the mirror's
 * life (`Dáil` as `dail`, or as `da-il` read through Latin-1), so both are given when they
 * differ. Only a fallback for when the page's own path is not known, and a second key a
 * Changes line's title gives besides its path.
 */
export function mirrorSlugs(headline: string): string[] {
  const slugs = [mirrorCut(headline), mirrorCut(asLatin1Bytes(headline))].filter((s) => s.length > 0);
  return [...new Set(slugs)];
}

/** The mirror's usual slug of a headline (see mirrorSlugs). */
export const mirrorSlug = (headline: string): string => mirrorSlugs(headline)[0] ?? '';

/** The mirror's path of a page: `/news/2017/07/1/<slug>.md` (month padded, day not). */
export function newsPath(date: string, slug: string): string {
  const [year, month, day] = date.split('-');
  return `/news/${year}/${month}/${Number(day)}/${slug}.md`;
}

/**
 * The story id of one version of a page: `story-<date>-<first words of the slug>-<8 hex>`. The
 * hash covers the date and the whole slug, so two entries whose titles start alike stay apart.
 * A story's id is the id of its root version (see storyRoot); every other version's id is an
 * alias that resolves to it.
 */
export function storyIdFor(date: string | null, slug: string): string {
  const day = date ?? 'undated';
  const words = slugify(slug, SLUG_WORDS_LENGTH) || 'entry';
  return `story-${day}-${words}-${sha256Hex(`${day}/${slug}`).slice(0, 8)}`;
}

/** The story id a page path names (a related entry's link, a version line). */
export const storyIdForPath = (path: string): string =>
  storyIdFor(dateInNewsPath(path), slugOfPath(path) ?? 'entry');

/** A version as far as identity goes: its slug and the time the Changes list gives it. */
export interface VersionClaim {
  readonly slug: string;
  readonly knownAt: string | null;
}

/**
 * The version that names a story: the one with the earliest stated time, ties and untimed ones
 * by slug. It depends only on the set of versions, never on the order documents arrived in, so
 * every arrival order ends with the same story id.
 */
export function storyRoot(versions: Iterable<VersionClaim>): string | null {
  let best: VersionClaim | null = null;
  for (const v of versions) {
    if (best === null || compareClaims(v, best) < 0) best = v;
  }
  return best?.slug ?? null;
}

function compareClaims(a: VersionClaim, b: VersionClaim): number {
  if (a.knownAt !== b.knownAt) {
    if (a.knownAt === null) return 1;
    if (b.knownAt === null) return -1;
    return a.knownAt < b.knownAt ? -1 : 1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The words of a headline or summary with everything else dropped: lower case ASCII letters
 * and digits only. Revisions of one page differ in just what this drops: quotes written `'…'`
 * or `-…-`, `:`, `. ` or nothing between a category and the headline, entities, spacing.
 */
export function entryWords(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Below this many letters two headlines are too short for containment to say they are one entry. */
const MIN_SHARED_WORDS = 40;

/**
 * Whether two headlines of one date are revisions of one page without a version link between
 * them: the shorter one's words (at least 40 letters) lie whole inside the longer one's. The
 * mirror's revisions that no Changes list ties are of this kind: a category prefixed to the
 * headline or taken off again (`2011 Libyan civil war:European Union leaders gather…` beside
 * `European Union leaders gather…`), a sentence added, quotes rewritten.
 */
export function sameHeadlineWords(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_SHARED_WORDS && longer.includes(shorter);
}

/** Below this many letters a headline is too short to be told apart by its ending, even under a shared source. */
const MIN_ENDING_WORDS = 16;

/**
 * Whether one headline is the other with words put before it (`74th Golden Globe Awards. "La La
 * Land" leads nominations.` beside `"La La Land" leads nominations.`): the mirror's category
 * prefix. Short headlines need this and a cited source in common to be one entry.
 */
export function sameHeadlineEnding(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_ENDING_WORDS && longer.endsWith(shorter);
}

/**
 * Whether two headlines start or end with the same 40 letters or more: an edit inside the
 * headline (`about {{convert|50|m}} comes within…` beside `about 50 m comes within…`). Only
 * with a cited source in common does this say that two entries are one.
 */
export function sameHeadlineEdge(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length && end < b.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return Math.max(start, end) >= MIN_SHARED_WORDS;
}

/**
 * Whether two summaries with a cited source in common say that two entries of one date are
 * revisions of one page: the summary is the cited article's own opening, so the same one (at
 * least 40 letters) under the same source is the same entry, whatever its headline became.
 */
export const sameSummaryWords = (a: string, b: string): boolean => a.length >= MIN_SHARED_WORDS && a === b;
