import type pg from 'pg';
import type { StoryVersionLabel } from '../../domain/stories/story-events.js';
import { mirrorSlugs, slugOfPath, storyIdForPath } from '../../domain/stories/story-identity.js';
import type { ReadClocks } from '../read-query/clocks.js';
import { checkpointsBetween, MOST_EVENTS_BETWEEN, ReadModelChanges } from '../read-query/read-model-changes.js';
import { type Page, type PageCursor, toPage } from '../read-query/page-cursor.js';
import { liveSchema } from '../runner/generation.js';
import { storiesProjection, STORY_TEXT } from './stories.projection.js';

const S = liveSchema(storiesProjection);

export interface StoryVersion {
  readonly number: number;
  /** By position in the story's history: the first, the last (current) and updates between. */
  readonly label: StoryVersionLabel;
  /** The version's timestamp as a Changes list gives it; null where none does. */
  readonly knownAt: string | null;
  readonly headline: string;
  readonly path: string | null;
}

export interface StorySummary {
  readonly id: string;
  readonly date: string;
  readonly headline: string;
  readonly category: string | null;
  readonly summary: string | null;
  readonly version: StoryVersion;
}

/** A story as listed: with the documents behind it, so other read models can say what they hold of it. */
export interface ListedStory extends StorySummary {
  readonly documentIds: readonly string[];
}

export interface StorySource {
  readonly name: string;
  readonly url: string;
  readonly documentId: string;
}

/** A source with the version whose page first cited it (null when that page is not among the story's versions). */
export interface CitedSource extends StorySource {
  readonly version: number | null;
}

export interface RelatedEntry {
  /** The related entry's story when it is in the ledger (any of its versions' pages), else null. */
  readonly storyId: string | null;
  readonly path: string;
  readonly slug: string | null;
  readonly headline: string;
  readonly date: string | null;
  readonly contextTags: readonly string[];
}

export interface Story extends StorySummary {
  readonly documentId: string;
  /** Every document recorded as a revision of the story's page, first recorded first: one source, not several. */
  readonly documents: readonly string[];
  readonly sources: readonly CitedSource[];
  readonly related: readonly RelatedEntry[];
}

/**
 * Sources are cited once per URL, by the revision that first listed them; that revision's page
 * is one of the story's versions when the Changes lists name it.
 */
function citingVersions(
  sources: readonly StorySource[],
  revisionPaths: Readonly<Record<string, string>>,
  versions: readonly StoryVersion[],
): CitedSource[] {
  const versionOfPage = new Map<string, number>();
  for (const v of versions) if (v.path !== null && !versionOfPage.has(storyIdForPath(v.path))) versionOfPage.set(storyIdForPath(v.path), v.number);
  return sources.map((source) => {
    const pagePath = revisionPaths[source.documentId];
    return { ...source, version: pagePath === undefined ? null : (versionOfPage.get(storyIdForPath(pagePath)) ?? null) };
  });
}

const KNOWN = (alias: string, clock = '$1'): string => `(${clock}::timestamptz IS NULL OR ${alias}.known_time <= ${clock})`;

/**
 * The story each id belongs to at knownAt ($1): an id is a story's, a merged story's or any of
 * its versions' (storyIdForPath of a version's page), and merges are followed to the end.
 */
const resolving = (name: string, ids: string): string => `
  ${name}_start AS (
    SELECT r.id AS asked,
           coalesce(s.story_id, (SELECT v.story_id FROM ${S}.story_version v
                                   WHERE v.alias_id = r.id AND ${KNOWN('v')} ORDER BY v.story_id LIMIT 1)) AS id
      FROM (${ids}) AS r(id)
      LEFT JOIN ${S}.story s ON s.story_id = r.id AND ${KNOWN('s')}
  ), ${name}_up AS (
    SELECT asked, id, 0 AS depth FROM ${name}_start WHERE id IS NOT NULL
    UNION ALL
    SELECT up.asked, m.into_story_id, up.depth + 1
      FROM ${name}_up up JOIN ${S}.story_merge m ON m.story_id = up.id
     WHERE ${KNOWN('m')} AND up.depth < 32
  ), ${name} AS (
    SELECT DISTINCT ON (asked) asked, id FROM ${name}_up ORDER BY asked, depth DESC
  )`;

const RESOLVE = `WITH RECURSIVE ${resolving('resolved', 'SELECT unnest($2::text[])')} SELECT asked, id FROM resolved`;

/** Every story stream that is part of each story in $2 (the story and those merged into it), at knownAt ($1). */
const MEMBERS = `
  WITH RECURSIVE members(root, id) AS (
    SELECT r, r FROM unnest($2::text[]) AS r
    UNION
    SELECT members.root, m.story_id FROM members JOIN ${S}.story_merge m ON m.into_story_id = members.id WHERE ${KNOWN('m')}
  )`;

export async function resolveStoryIds(pool: pg.Pool, ids: readonly string[], knownAt: Date | null): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await pool.query<{ asked: string; id: string }>(RESOLVE, [knownAt, [...new Set(ids)]]);
  return new Map(rows.map((r) => [r.asked, r.id]));
}

interface VersionRow {
  slug: string;
  headline: string;
  path: string | null;
  stated_known_at: Date | null;
}

const labelAt = (index: number, count: number): StoryVersionLabel =>
  index === count - 1 ? 'Current version' : index === 0 ? 'First version' : 'Update';

/**
 * Each story's history: one version per page slug over all its streams, ordered by the time a
 * Changes list gives it, else by when it became known (a current version: its document's
 * time); versions a list dates alike (the mirror re-dated whole lists at once) keep the list's
 * order: its labels, then the order it was recorded in. A page's own headline (its document's,
 * or its Current version line) wins over the
 * wording other revisions' Changes lists give it, whichever arrived first. Grouped by slug for
 * each member root (members(root, id) must be in scope).
 */
const VERSION_GROUPS = `
  SELECT members.root, coalesce(v.slug, v.story_id || '#' || v.version) AS slug,
         (array_agg(v.headline ORDER BY v.own DESC, v.headline))[1] AS headline,
         min(v.path) AS path, min(v.stated_known_at) AS stated_known_at,
         coalesce(min(v.stated_known_at), min(v.known_time)) AS sort_time,
         min(v.rank) AS sort_rank, min(v.version) AS sort_version
    FROM members JOIN (
      SELECT story_id, version, slug, headline, path, stated_known_at, known_time, label = 'Current version' AS own,
             CASE label WHEN 'First version' THEN 0 WHEN 'Update' THEN 1 ELSE 2 END AS rank
        FROM ${S}.story_version
      UNION ALL
      SELECT story_id, NULL, page_slug, headline, page_path, NULL, known_time, true, 2 FROM ${S}.story_revision
    ) v ON v.story_id = members.id
   WHERE ${KNOWN('v')}
   GROUP BY members.root, 2`;

async function versionsOf(pool: pg.Pool, roots: readonly string[], knownAt: Date | null): Promise<Map<string, StoryVersion[]>> {
  const { rows } = await pool.query<VersionRow & { root: string }>(`${MEMBERS} SELECT * FROM (${VERSION_GROUPS}) g ORDER BY root, sort_time, sort_rank, sort_version, slug`, [knownAt, roots]);
  const byRoot = new Map<string, (VersionRow & { root: string })[]>();
  for (const row of rows) {
    const rootRows = byRoot.get(row.root);
    if (rootRows) rootRows.push(row);
    else byRoot.set(row.root, [row]);
  }
  return new Map([...byRoot].map(([root, all]) => [root, toVersions(all)]));
}

/** A story's version rows, in order, numbered and labelled. */
function toVersions(rows: readonly VersionRow[]): StoryVersion[] {
  return withoutGuessedDuplicates(rows).map((row, i, list) => ({
    number: i + 1,
    label: labelAt(i, list.length),
    knownAt: row.stated_known_at?.toISOString() ?? null,
    headline: row.headline,
    path: row.path,
  }));
}

/**
 * A page known only by the slug derived from its headline, when a Changes list dates a version
 * of the same title under another path (the mirror's slug rule changed since), is that version:
 * it is dropped, so the history is the same whichever revision arrived first.
 */
function withoutGuessedDuplicates(rows: readonly VersionRow[]): VersionRow[] {
  const dated = new Set(
    rows.filter((r) => r.stated_known_at !== null).flatMap((r) => mirrorSlugs(r.headline).filter((slug) => slug !== r.slug)),
  );
  return rows.filter((r) => r.stated_known_at !== null || !dated.has(r.slug));
}

interface StoryRow {
  story_id: string;
  date: string;
  document_id: string;
  summary: string | null;
  category: string | null;
}

/** Story rows with the newest revision's summary and category (the first document's summary when no revision says). */
const STORY_COLUMNS = `s.story_id, s.date::text AS date, s.document_id,
  coalesce(rev.summary, s.summary) AS summary, rev.category`;
const LATEST_REVISION = `
  LEFT JOIN LATERAL (
    ${MEMBERS.replace('unnest($2::text[]) AS r', 'unnest(ARRAY[s.story_id]) AS r')}
    SELECT r.summary, r.category FROM members JOIN ${S}.story_revision r ON r.story_id = members.id
     WHERE ${KNOWN('r')} ORDER BY r.known_time DESC, r.global_position DESC LIMIT 1
  ) rev ON true`;

function toSummary(row: StoryRow, versions: readonly StoryVersion[]): StorySummary {
  const current = versions.at(-1)!;
  return { id: row.story_id, date: row.date, headline: current.headline, category: row.category, summary: row.summary, version: current };
}

// Headlines and summaries are English news text: the english configuration stems ("expels"
// finds "expelled") and drops stop words. websearch_to_tsquery never fails on user input.
const TEXT_MATCH = (text: string, query: string): string => `to_tsvector('english', ${text}) @@ websearch_to_tsquery('english', ${query})`;

/** The streams whose own text (any version's headline, any revision's headline or summary) matches `text`. */
async function streamsMatching(pool: pg.Pool, text: string, knownAt: Date | null): Promise<string[]> {
  const { rows } = await pool.query<{ story_id: string }>(
    `SELECT story_id FROM ${S}.story_version v WHERE ${KNOWN('v')} AND ${TEXT_MATCH(STORY_TEXT.version, '$2')}
     UNION SELECT story_id FROM ${S}.story_revision r WHERE ${KNOWN('r')} AND ${TEXT_MATCH(STORY_TEXT.revision, '$2')}
     UNION SELECT story_id FROM ${S}.story s WHERE ${KNOWN('s')} AND ${TEXT_MATCH(STORY_TEXT.story, '$2')}`,
    [knownAt, text],
  );
  return rows.map((r) => r.story_id);
}

/**
 * Stories (merged ones shown once, under the story they joined), newest entry date first;
 * with `text`, only those whose text, in any of their streams, matches it.
 */
export async function listStories(
  pool: pg.Pool,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number; text?: string },
): Promise<Page<ListedStory>> {
  const only = page.text === undefined ? null : [...new Set((await resolveStoryIds(pool, await streamsMatching(pool, page.text, clocks.knownAt), clocks.knownAt)).values())];
  const { rows } = await pool.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM ${S}.story s ${LATEST_REVISION}
      WHERE ${KNOWN('s')} AND ($2::date IS NULL OR s.date <= $2)
        AND ($3::date IS NULL OR (s.date, s.story_id) < ($3::date, $4::text))
        AND ($6::text[] IS NULL OR s.story_id = ANY($6))
        AND NOT EXISTS (SELECT 1 FROM ${S}.story_merge m WHERE m.story_id = s.story_id AND ${KNOWN('m')})
      ORDER BY s.date DESC, s.story_id DESC
      LIMIT $5`,
    [clocks.knownAt, clocks.validAt, page.after?.date ?? null, page.after?.id ?? null, page.limit + 1, only],
  );
  const ids = rows.map((r) => r.story_id);
  const [versions, documents] = await Promise.all([versionsOf(pool, ids, clocks.knownAt), documentsOf(pool, ids, clocks.knownAt)]);
  const items = rows
    .filter((r) => versions.has(r.story_id))
    .map((r) => ({ ...toSummary(r, versions.get(r.story_id)!), documentIds: documents.get(r.story_id) ?? [r.document_id] }));
  return toPage(items, page.limit, (story) => ({ date: story.date, id: story.id }));
}

/** Every document of each story in $2, over all its streams, at knownAt ($1). */
async function documentsOf(pool: pg.Pool, roots: readonly string[], knownAt: Date | null): Promise<Map<string, string[]>> {
  const { rows } = await pool.query<{ root: string; documents: string[] }>(
    `${MEMBERS}
     SELECT members.root, array_agg(DISTINCT d.document_id) AS documents
       FROM members JOIN (
         SELECT story_id, document_id, known_time FROM ${S}.story
         UNION ALL
         SELECT story_id, document_id, known_time FROM ${S}.story_revision
       ) d ON d.story_id = members.id
      WHERE ${KNOWN('d')}
      GROUP BY members.root`,
    [knownAt, roots],
  );
  return new Map(rows.map((r) => [r.root, r.documents]));
}

interface DetailRow extends StoryRow {
  documents: string[];
  revisionPaths: Record<string, string>;
  sources: StorySource[];
  related: { storyId: string | null; path: string; headline: string; date: string | null; contextTags: string[] }[];
  versions: { slug: string; headline: string; path: string | null; stated_ms: number | null }[];
  memberIds: string[];
  linkedIds: string[];
}

/**
 * A story and everything its answer shows, in one statement: the story the id resolves to,
 * its member streams, documents, sources, related entries (resolved to their stories) and
 * versions. One round trip instead of four, each of which waits for a core on a busy server.
 */
const FIND_STORY = `
  WITH RECURSIVE ${resolving('found', 'SELECT unnest($2::text[])')},
  members(root, id) AS (
    SELECT id, id FROM found
    UNION
    SELECT members.root, m.story_id FROM members JOIN ${S}.story_merge m ON m.into_story_id = members.id WHERE ${KNOWN('m')}
  ),
  linked AS (
    SELECT DISTINCT ON (related_story_id) * FROM ${S}.story_link l
     WHERE l.story_id IN (SELECT id FROM members) AND ${KNOWN('l')} ORDER BY related_story_id, global_position
  ),
  ${resolving('linked_story', 'SELECT related_story_id FROM linked')}
  SELECT ${STORY_COLUMNS}, docs.documents, docs.revision_paths AS "revisionPaths", src.sources, rel.related, ver.versions,
         (SELECT array_agg(id) FROM members) AS "memberIds", (SELECT coalesce(array_agg(related_story_id), '{}') FROM linked) AS "linkedIds"
    FROM ${S}.story s ${LATEST_REVISION},
  LATERAL (
    SELECT coalesce(json_agg(r.document_id ORDER BY r.global_position), '[]') AS documents,
           coalesce(json_object_agg(r.document_id, r.page_path), '{}') AS revision_paths
      FROM ${S}.story_revision r WHERE r.story_id IN (SELECT id FROM members) AND ${KNOWN('r')}
  ) docs,
  LATERAL (
    SELECT coalesce(json_agg(json_build_object('name', name, 'url', url, 'documentId', document_id) ORDER BY global_position), '[]') AS sources
      FROM (SELECT DISTINCT ON (url) * FROM ${S}.story_source src
             WHERE src.story_id IN (SELECT id FROM members) AND ${KNOWN('src')} ORDER BY url, global_position) first_cited
  ) src,
  LATERAL (
    SELECT coalesce(json_agg(json_build_object('storyId', resolved.id, 'path', related_path, 'headline', related_headline,
             'date', related_date, 'contextTags', context_tags) ORDER BY global_position), '[]') AS related
      FROM linked LEFT JOIN linked_story resolved ON resolved.asked = linked.related_story_id
  ) rel,
  LATERAL (
    SELECT coalesce(json_agg(json_build_object('slug', slug, 'headline', headline, 'path', path,
             'stated_ms', (extract(epoch FROM stated_known_at) * 1000)::float8) ORDER BY sort_time, sort_rank, sort_version, slug), '[]') AS versions
      FROM (${VERSION_GROUPS}) g
  ) ver
  WHERE s.story_id = (SELECT id FROM found) AND ($3::date IS NULL OR s.date <= $3)`;

/**
 * Null when the story does not exist, or not yet at the clocks asked. Any id of the story
 * answers (a merged story's, a version's): the story comes back under its own id.
 */
export async function findStory(pool: pg.Pool, id: string, clocks: ReadClocks): Promise<Story | null> {
  return (await readStory(pool, id, clocks))?.story ?? null;
}

/**
 * The story as findStory reads it, with every story id its answer depends on: the id asked,
 * the story and those merged into it, and its related entries' ids and the stories they
 * resolve to. An event of no other story (see storyChanges) leaves the answer as it is.
 */
export async function readStory(pool: pg.Pool, id: string, clocks: ReadClocks): Promise<{ story: Story; storyIds: ReadonlySet<string> } | null> {
  const { rows } = await pool.query<DetailRow>(FIND_STORY, [clocks.knownAt, [id], clocks.validAt]);
  const row = rows[0];
  if (!row || row.versions.length === 0) return null;
  const versions = toVersions(
    row.versions.map((v) => ({ slug: v.slug, headline: v.headline, path: v.path, stated_known_at: v.stated_ms === null ? null : new Date(v.stated_ms) })),
  );
  const story: Story = {
    ...toSummary(row, versions),
    documentId: row.document_id,
    documents: row.documents,
    sources: citingVersions(row.sources, row.revisionPaths, versions),
    related: row.related.map((r) => ({
      storyId: r.storyId,
      path: r.path,
      slug: slugOfPath(r.path),
      headline: r.headline,
      date: r.date,
      contextTags: r.contextTags,
    })),
  };
  const related = story.related.flatMap((r) => (r.storyId === null ? [] : [r.storyId]));
  return { story, storyIds: new Set([id, row.story_id, ...row.memberIds, ...row.linkedIds, ...related]) };
}

/**
 * The story ids the log's story events between two checkpoints touched: each event's story,
 * the story a merge joins, and the id a version's page gives (an id that resolves to the story).
 */
async function storyChangesBetween(pool: pg.Pool, from: string, to: string): Promise<string[] | null> {
  const between = checkpointsBetween(from, to);
  if (!between) return null;
  const { rows } = await pool.query<{ story_id: string | null; into: string | null; path: string | null }>(
    `SELECT e.data->>'storyId' AS story_id, e.data->>'into' AS into, e.data->>'path' AS path FROM events e
      WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
        AND (e.transaction_id, e.global_position) <= ($3::xid8, $4::bigint)
        AND e.type = ANY($5::text[])
      LIMIT $6`,
    [...between.from, ...between.to, [...storiesProjection.eventTypes], MOST_EVENTS_BETWEEN],
  );
  // Too many to read: the caller cannot know what changed.
  if (rows.length >= MOST_EVENTS_BETWEEN) return null;
  return rows.flatMap((row) => [row.story_id, row.into, row.path === null ? null : storyIdForPath(row.path)].filter((id): id is string => id !== null));
}

const changesOf = new WeakMap<pg.Pool, ReadModelChanges<string>>();

/** What changed in the stories read model between the versions this process's reads saw (one tracker per pool). */
export function storyChanges(pool: pg.Pool): ReadModelChanges<string> {
  let changes = changesOf.get(pool);
  if (!changes) changesOf.set(pool, (changes = new ReadModelChanges((from, to) => storyChangesBetween(pool, from, to))));
  return changes;
}

export interface StoryHistory {
  readonly storyId: string;
  readonly versions: readonly StoryVersion[];
}

/** Every version known by `knownAt`, oldest first; null when the story has none. Any id of the story answers. */
export async function listVersions(pool: pg.Pool, id: string, knownAt: Date | null): Promise<StoryHistory | null> {
  const storyId = (await resolveStoryIds(pool, [id], knownAt)).get(id);
  const versions = storyId === undefined ? undefined : (await versionsOf(pool, [storyId], knownAt)).get(storyId);
  return storyId === undefined || versions === undefined ? null : { storyId, versions };
}
