import type pg from 'pg';
import type {
  StoriesLinkedData,
  StoryReportedData,
  StoryRevisedData,
  StorySourceCitedData,
} from '../../domain/stories/story-events.js';
import type { StoredEvent } from '../../event-store/event-store.port.js';
import { knownTimeOf } from '../runner/known-time.js';
import { copyRows, type CopyValue, textArray } from '../runner/copy-rows.js';
import type { Projection, ProjectionReplay } from '../runner/projection.js';

/**
 * Stories (current-events entries) and their versions, sources and related entries. Every row
 * carries `known_time` (the knownAt clock) so a read at knownAt filters rows instead of
 * replaying events. Each table's key is a natural key of the event it comes from, and every
 * write is INSERT ... ON CONFLICT DO NOTHING: the first event for a key wins, in live
 * processing and in a replay alike.
 */
export const storiesProjection: Projection = {
  name: 'stories',
  eventTypes: new Set(['StoryReported', 'StoryRevised', 'StorySourceCited', 'StoriesLinked']),

  tables: (s) => `
    CREATE TABLE ${s}.story (
      story_id text PRIMARY KEY,
      document_id text NOT NULL,
      date date NOT NULL,
      summary text,
      known_time timestamptz NOT NULL
    );
    CREATE TABLE ${s}.story_version (
      story_id text NOT NULL,
      version integer NOT NULL,
      label text NOT NULL,
      headline text NOT NULL,
      path text,
      -- as the entry states it; null where it gives none (the current version)
      stated_known_at timestamptz,
      known_time timestamptz NOT NULL,
      document_id text NOT NULL,
      PRIMARY KEY (story_id, version)
    );
    CREATE TABLE ${s}.story_source (
      story_id text NOT NULL,
      url text NOT NULL,
      name text NOT NULL,
      document_id text NOT NULL,
      known_time timestamptz NOT NULL,
      global_position bigint NOT NULL,
      PRIMARY KEY (story_id, url)
    );
    CREATE TABLE ${s}.story_link (
      story_id text NOT NULL,
      related_story_id text NOT NULL,
      related_path text NOT NULL,
      related_headline text NOT NULL,
      related_date date,
      context_tags text[] NOT NULL,
      known_time timestamptz NOT NULL,
      global_position bigint NOT NULL,
      PRIMARY KEY (story_id, related_story_id)
    );
  `,

  indexes: (s) => `
    CREATE INDEX story_by_date ON ${s}.story (date DESC, story_id DESC);
  `,

  async apply(client: pg.ClientBase, s: string, events: readonly StoredEvent[]): Promise<void> {
    const stories: object[] = [];
    const versions: object[] = [];
    const sources: object[] = [];
    const links: object[] = [];
    for (const event of events) {
      const known_time = knownTimeOf(event).toISOString();
      const global_position = Number(event.globalPosition);
      switch (event.type) {
        case 'StoryReported': {
          const d = event.data as unknown as StoryReportedData;
          stories.push({ story_id: d.storyId, document_id: d.documentId, date: d.date, summary: d.summary, known_time });
          versions.push(versionRow(d, known_time));
          break;
        }
        case 'StoryRevised':
          versions.push(versionRow(event.data as unknown as StoryRevisedData, known_time));
          break;
        case 'StorySourceCited': {
          const d = event.data as unknown as StorySourceCitedData;
          sources.push({ story_id: d.storyId, url: d.url, name: d.name, document_id: d.documentId, known_time, global_position });
          break;
        }
        case 'StoriesLinked': {
          const d = event.data as unknown as StoriesLinkedData;
          links.push({
            story_id: d.storyId,
            related_story_id: d.relatedStoryId,
            related_path: d.relatedPath,
            related_headline: d.relatedHeadline,
            related_date: d.relatedDate,
            context_tags: d.contextTags,
            known_time,
            global_position,
          });
          break;
        }
      }
    }
    if (stories.length > 0) {
      await client.query(
        `INSERT INTO ${s}.story (story_id, document_id, date, summary, known_time)
         SELECT story_id, document_id, date, summary, known_time
         FROM json_to_recordset($1::json) AS r(story_id text, document_id text, date date, summary text, known_time timestamptz)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(stories)],
      );
    }
    if (versions.length > 0) {
      await client.query(
        `INSERT INTO ${s}.story_version (story_id, version, label, headline, path, stated_known_at, known_time, document_id)
         SELECT story_id, version, label, headline, path, stated_known_at, known_time, document_id
         FROM json_to_recordset($1::json) AS r(story_id text, version integer, label text, headline text, path text,
           stated_known_at timestamptz, known_time timestamptz, document_id text)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(versions)],
      );
    }
    if (sources.length > 0) {
      await client.query(
        `INSERT INTO ${s}.story_source (story_id, url, name, document_id, known_time, global_position)
         SELECT story_id, url, name, document_id, known_time, global_position
         FROM json_to_recordset($1::json) AS r(story_id text, url text, name text, document_id text, known_time timestamptz,
           global_position bigint)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(sources)],
      );
    }
    if (links.length > 0) {
      await client.query(
        `INSERT INTO ${s}.story_link (story_id, related_story_id, related_path, related_headline, related_date, context_tags,
           known_time, global_position)
         SELECT story_id, related_story_id, related_path, related_headline, related_date,
           ARRAY(SELECT json_array_elements_text(context_tags)), known_time, global_position
         FROM json_to_recordset($1::json) AS r(story_id text, related_story_id text, related_path text, related_headline text,
           related_date date, context_tags json, known_time timestamptz, global_position bigint)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(links)],
      );
    }
  },

  replay: storiesReplay,
};

/**
 * The rebuild's replay: the same rows as `apply`, loaded with COPY. "The first event for a key
 * wins" is kept by remembering the keys written so far in the replay (the generation is fresh).
 */
function storiesReplay(s: string): ProjectionReplay {
  const seen = { story: new Set<string>(), version: new Set<string>(), source: new Set<string>(), link: new Set<string>() };
  const firstOf = (keys: Set<string>, key: string): boolean => (keys.has(key) ? false : (keys.add(key), true));
  return {
    async apply(client, events) {
      const stories: CopyValue[][] = [];
      const versions: CopyValue[][] = [];
      const sources: CopyValue[][] = [];
      const links: CopyValue[][] = [];
      const version = (d: StoryReportedData | StoryRevisedData, knownTime: string): void => {
        if (firstOf(seen.version, `${d.storyId}\u0000${d.version}`)) {
          versions.push([d.storyId, d.version, d.label, d.headline, d.path, d.knownAt, knownTime, d.documentId]);
        }
      };
      for (const event of events) {
        const knownTime = knownTimeOf(event).toISOString();
        switch (event.type) {
          case 'StoryReported': {
            const d = event.data as unknown as StoryReportedData;
            if (firstOf(seen.story, d.storyId)) stories.push([d.storyId, d.documentId, d.date, d.summary, knownTime]);
            version(d, knownTime);
            break;
          }
          case 'StoryRevised':
            version(event.data as unknown as StoryRevisedData, knownTime);
            break;
          case 'StorySourceCited': {
            const d = event.data as unknown as StorySourceCitedData;
            if (firstOf(seen.source, `${d.storyId}\u0000${d.url}`)) {
              sources.push([d.storyId, d.url, d.name, d.documentId, knownTime, event.globalPosition]);
            }
            break;
          }
          case 'StoriesLinked': {
            const d = event.data as unknown as StoriesLinkedData;
            if (firstOf(seen.link, `${d.storyId}\u0000${d.relatedStoryId}`)) {
              links.push([d.storyId, d.relatedStoryId, d.relatedPath, d.relatedHeadline, d.relatedDate, textArray(d.contextTags), knownTime, event.globalPosition]);
            }
            break;
          }
        }
      }
      if (stories.length > 0) await copyRows(client, `${s}.story`, ['story_id', 'document_id', 'date', 'summary', 'known_time'], stories);
      if (versions.length > 0) {
        await copyRows(client, `${s}.story_version`, ['story_id', 'version', 'label', 'headline', 'path', 'stated_known_at', 'known_time', 'document_id'], versions);
      }
      if (sources.length > 0) {
        await copyRows(client, `${s}.story_source`, ['story_id', 'url', 'name', 'document_id', 'known_time', 'global_position'], sources);
      }
      if (links.length > 0) {
        await copyRows(client, `${s}.story_link`, ['story_id', 'related_story_id', 'related_path', 'related_headline', 'related_date', 'context_tags', 'known_time', 'global_position'], links);
      }
    },
    async finish() {
      // Nothing held back.
    },
  };
}

function versionRow(d: StoryReportedData | StoryRevisedData, known_time: string): object {
  return {
    story_id: d.storyId,
    version: d.version,
    label: d.label,
    headline: d.headline,
    path: d.path,
    stated_known_at: d.knownAt,
    known_time,
    document_id: d.documentId,
  };
}
