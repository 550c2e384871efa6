import type pg from 'pg';
import type { StoryVersionLabel } from '../../domain/stories/story-events.js';
import type { ReadClocks } from '../read-query/clocks.js';
import { type Page, type PageCursor, toPage } from '../read-query/page-cursor.js';
import { liveSchema } from '../runner/generation.js';
import { storiesProjection } from './stories.projection.js';

const S = liveSchema(storiesProjection);

export interface StoryVersion {
  readonly number: number;
  readonly label: StoryVersionLabel;
  /** The version's timestamp as the entry gives it; null where it gives none. */
  readonly knownAt: string | null;
  readonly headline: string;
  readonly path: string | null;
}

export interface StorySummary {
  readonly id: string;
  readonly date: string;
  readonly headline: string;
  readonly summary: string | null;
  readonly version: StoryVersion;
}

export interface StorySource {
  readonly name: string;
  readonly url: string;
  readonly documentId: string;
}

export interface RelatedEntry {
  readonly storyId: string;
  readonly path: string;
  readonly headline: string;
  readonly date: string | null;
  readonly contextTags: readonly string[];
}

export interface Story extends StorySummary {
  readonly documentId: string;
  readonly sources: readonly StorySource[];
  readonly related: readonly RelatedEntry[];
}

interface SummaryRow {
  story_id: string;
  date: string;
  summary: string | null;
  document_id: string;
  version: number;
  label: StoryVersionLabel;
  headline: string;
  path: string | null;
  stated_known_at: Date | null;
}

const SUMMARY_COLUMNS = `s.story_id, s.date::text AS date, s.summary, s.document_id,
  v.version, v.label, v.headline, v.path, v.stated_known_at`;

// The headline a story shows is its newest version known by `knownAt` ($1, null = now).
const SUMMARY_FROM = `
    FROM ${S}.story s
    JOIN LATERAL (
      SELECT version, label, headline, path, stated_known_at
        FROM ${S}.story_version v
       WHERE v.story_id = s.story_id AND ($1::timestamptz IS NULL OR v.known_time <= $1)
       ORDER BY v.version DESC
       LIMIT 1
    ) v ON true`;

const toVersion = (row: Omit<SummaryRow, 'story_id' | 'date' | 'summary' | 'document_id'>): StoryVersion => ({
  number: row.version,
  label: row.label,
  knownAt: row.stated_known_at?.toISOString() ?? null,
  headline: row.headline,
  path: row.path,
});

const toSummary = (row: SummaryRow): StorySummary => ({
  id: row.story_id,
  date: row.date,
  headline: row.headline,
  summary: row.summary,
  version: toVersion(row),
});

/** Stories, newest entry date first. */
export async function listStories(
  pool: pg.Pool,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number },
): Promise<Page<StorySummary>> {
  const { rows } = await pool.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM}
      WHERE ($2::date IS NULL OR s.date <= $2)
        AND ($3::date IS NULL OR (s.date, s.story_id) < ($3::date, $4::text))
      ORDER BY s.date DESC, s.story_id DESC
      LIMIT $5`,
    [clocks.knownAt, clocks.validAt, page.after?.date ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return toPage(rows.map(toSummary), page.limit, (story) => ({ date: story.date, id: story.id }));
}

/** Null when the story does not exist, or not yet at the clocks asked. One round trip. */
export async function findStory(pool: pg.Pool, id: string, clocks: ReadClocks): Promise<Story | null> {
  const { rows } = await pool.query<SummaryRow & { sources: StorySource[]; related: RelatedEntry[] }>(
    `SELECT ${SUMMARY_COLUMNS}, src.sources, rel.related ${SUMMARY_FROM},
     LATERAL (
       SELECT coalesce(json_agg(json_build_object('name', name, 'url', url, 'documentId', document_id) ORDER BY global_position), '[]') AS sources
         FROM ${S}.story_source
        WHERE story_id = s.story_id AND ($1::timestamptz IS NULL OR known_time <= $1)
     ) src,
     LATERAL (
       SELECT coalesce(json_agg(json_build_object('storyId', related_story_id, 'path', related_path, 'headline', related_headline,
                'date', related_date, 'contextTags', context_tags) ORDER BY global_position), '[]') AS related
         FROM ${S}.story_link
        WHERE story_id = s.story_id AND ($1::timestamptz IS NULL OR known_time <= $1)
     ) rel
     WHERE s.story_id = $2 AND ($3::date IS NULL OR s.date <= $3)`,
    [clocks.knownAt, id, clocks.validAt],
  );
  const row = rows[0];
  if (!row) return null;
  return { ...toSummary(row), documentId: row.document_id, sources: row.sources, related: row.related };
}

/** Every version known by `knownAt`, oldest first; null when the story has none. */
export async function listVersions(pool: pg.Pool, id: string, knownAt: Date | null): Promise<StoryVersion[] | null> {
  const { rows } = await pool.query<SummaryRow>(
    `SELECT version, label, headline, path, stated_known_at FROM ${S}.story_version
      WHERE story_id = $1 AND ($2::timestamptz IS NULL OR known_time <= $2) ORDER BY version`,
    [id, knownAt],
  );
  return rows.length === 0 ? null : rows.map(toVersion);
}
