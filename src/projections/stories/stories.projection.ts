import type pg from 'pg';
import type {
  StoriesLinkedData,
  StoriesMergedData,
  StoryReportedData,
  StoryRevisedData,
  StoryRevisionRecordedData,
  StorySourceCitedData,
} from '../../domain/stories/story-events.js';
import { slugOfPath, storyIdForPath } from '../../domain/stories/story-identity.js';
import type { StoredEvent } from '../../event-store/event-store.port.js';
import { knownTimeOf } from '../runner/known-time.js';
import { copyRows, type CopyValue, textArray } from '../runner/copy-rows.js';
import type { Projection, ProjectionReplay } from '../runner/projection.js';

/**
 * The text a story is searched by, per table, as indexed (GIN over to_tsvector('english', …));
 * queries must use the same expressions for the indexes to serve them.
 */
export const STORY_TEXT = {
  version: 'headline',
  revision: "coalesce(headline, '') || ' ' || coalesce(summary, '')",
  story: "coalesce(summary, '')",
} as const;

/** One table's rows: its columns with SQL types, and which of them make the key. */
interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [string, string])[];
  readonly key: readonly string[];
}

const TABLES = {
  story: {
    name: 'story',
    columns: [['story_id', 'text'], ['document_id', 'text'], ['date', 'date'], ['summary', 'text'], ['known_time', 'timestamptz']],
    key: ['story_id'],
  },
  version: {
    name: 'story_version',
    columns: [
      ['story_id', 'text'],
      ['version', 'integer'],
      ['label', 'text'],
      ['headline', 'text'],
      ['path', 'text'],
      ['slug', 'text'],
      ['alias_id', 'text'],
      ['stated_known_at', 'timestamptz'],
      ['known_time', 'timestamptz'],
      ['document_id', 'text'],
    ],
    key: ['story_id', 'version'],
  },
  revision: {
    name: 'story_revision',
    columns: [
      ['story_id', 'text'],
      ['document_id', 'text'],
      ['page_path', 'text'],
      ['page_slug', 'text'],
      ['headline', 'text'],
      ['category', 'text'],
      ['summary', 'text'],
      ['known_time', 'timestamptz'],
      ['global_position', 'bigint'],
    ],
    key: ['story_id', 'document_id'],
  },
  merge: {
    name: 'story_merge',
    columns: [['story_id', 'text'], ['into_story_id', 'text'], ['document_id', 'text'], ['known_time', 'timestamptz']],
    key: ['story_id'],
  },
  source: {
    name: 'story_source',
    columns: [['story_id', 'text'], ['url', 'text'], ['name', 'text'], ['document_id', 'text'], ['known_time', 'timestamptz'], ['global_position', 'bigint']],
    key: ['story_id', 'url'],
  },
  link: {
    name: 'story_link',
    columns: [
      ['story_id', 'text'],
      ['related_story_id', 'text'],
      ['related_path', 'text'],
      ['related_headline', 'text'],
      ['related_date', 'date'],
      ['context_tags', 'text[]'],
      ['known_time', 'timestamptz'],
      ['global_position', 'bigint'],
    ],
    key: ['story_id', 'related_story_id'],
  },
} as const satisfies Record<string, TableSpec>;

type TableName = keyof typeof TABLES;

/** The rows one event adds, per table, as column values in the table's order. */
function rowsOf(event: StoredEvent): [TableName, CopyValue[]][] {
  const knownTime = knownTimeOf(event).toISOString();
  const position = String(event.globalPosition);
  const version = (d: StoryReportedData | StoryRevisedData): [TableName, CopyValue[]] => [
    'version',
    [d.storyId, d.version, d.label, d.headline, d.path, d.path === null ? null : slugOfPath(d.path), d.path === null ? null : storyIdForPath(d.path), d.knownAt, knownTime, d.documentId],
  ];
  switch (event.type) {
    case 'StoryReported': {
      const d = event.data as unknown as StoryReportedData;
      return [['story', [d.storyId, d.documentId, d.date, d.summary, knownTime]], version(d)];
    }
    case 'StoryRevised':
      return [version(event.data as unknown as StoryRevisedData)];
    case 'StoryRevisionRecorded': {
      const d = event.data as unknown as StoryRevisionRecordedData;
      return [['revision', [d.storyId, d.documentId, d.pagePath, slugOfPath(d.pagePath), d.headline, d.category, d.summary, knownTime, position]]];
    }
    case 'StoriesMerged': {
      const d = event.data as unknown as StoriesMergedData;
      return [['merge', [d.storyId, d.into, d.documentId, knownTime]]];
    }
    case 'StorySourceCited': {
      const d = event.data as unknown as StorySourceCitedData;
      return [['source', [d.storyId, d.url, d.name, d.documentId, knownTime, position]]];
    }
    case 'StoriesLinked': {
      const d = event.data as unknown as StoriesLinkedData;
      return [['link', [d.storyId, d.relatedStoryId, d.relatedPath, d.relatedHeadline, d.relatedDate, textArray(d.contextTags), knownTime, position]]];
    }
    default:
      return [];
  }
}

const keyOf = (spec: TableSpec, row: readonly CopyValue[]): string =>
  spec.key.map((k) => String(row[spec.columns.findIndex(([c]) => c === k)])).join('\u0000');

function rowsByTable(events: readonly StoredEvent[]): Map<TableName, CopyValue[][]> {
  const rows = new Map<TableName, CopyValue[][]>();
  for (const event of events) {
    for (const [table, row] of rowsOf(event)) {
      const tableRows = rows.get(table);
      if (tableRows) tableRows.push(row);
      else rows.set(table, [row]);
    }
  }
  return rows;
}

/**
 * Stories (current-events entries): their versions, the documents that are revisions of their
 * page, merges, sources and related entries. Every row carries `known_time` (the knownAt clock)
 * so a read at knownAt filters rows instead of replaying events. Rows stay as the events give
 * them, per story stream; the reader follows `story_merge` to show one story. Each table's key
 * is a natural key of the event it comes from, and every write is INSERT ... ON CONFLICT DO
 * NOTHING: the first event for a key wins, in live processing and in a replay alike.
 */
export const storiesProjection: Projection = {
  name: 'stories',
  eventTypes: new Set(['StoryReported', 'StoryRevised', 'StoryRevisionRecorded', 'StoriesMerged', 'StorySourceCited', 'StoriesLinked']),

  tables: (s) =>
    Object.values(TABLES)
      .map(
        (t: TableSpec) =>
          `CREATE TABLE ${s}.${t.name} (${t.columns.map(([c, type]) => `${c} ${type}${t.key.includes(c) ? ' NOT NULL' : ''}`).join(', ')}, PRIMARY KEY (${t.key.join(', ')}));`,
      )
      .join('\n'),

  indexes: (s) => `
    CREATE INDEX story_by_date ON ${s}.story (date DESC, story_id DESC);
    -- with story_id: resolving an id picks the first story by id whose version's page gives it,
    -- and an id no version gives costs one probe instead of a walk over every version
    CREATE INDEX story_version_by_alias ON ${s}.story_version (alias_id, story_id);
    CREATE INDEX story_merge_by_target ON ${s}.story_merge (into_story_id);
    CREATE INDEX story_revision_by_document ON ${s}.story_revision (document_id);
    CREATE INDEX story_version_text ON ${s}.story_version USING gin (to_tsvector('english', ${STORY_TEXT.version}));
    CREATE INDEX story_revision_text ON ${s}.story_revision USING gin (to_tsvector('english', ${STORY_TEXT.revision}));
    CREATE INDEX story_text ON ${s}.story USING gin (to_tsvector('english', ${STORY_TEXT.story}));
  `,

  async apply(client: pg.ClientBase, s: string, events: readonly StoredEvent[]): Promise<void> {
    for (const [table, rows] of rowsByTable(events)) {
      const spec: TableSpec = TABLES[table];
      const names = spec.columns.map(([c]) => c).join(', ');
      // COPY text fields (arrays as `{...}` literals) go through as text and are cast per column.
      await client.query(
        `INSERT INTO ${s}.${spec.name} (${names})
         SELECT ${spec.columns.map(([c, type], i) => `(r->>${i})::${type} AS ${c}`).join(', ')}
           FROM json_array_elements($1::json) AS r
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(rows)],
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
  const seen = new Map<TableName, Set<string>>();
  return {
    async apply(client, events) {
      for (const [table, rows] of rowsByTable(events)) {
        const spec: TableSpec = TABLES[table];
        const keys = seen.get(table) ?? new Set<string>();
        seen.set(table, keys);
        const fresh = rows.filter((row) => {
          const key = keyOf(spec, row);
          return keys.has(key) ? false : (keys.add(key), true);
        });
        if (fresh.length > 0) await copyRows(client, `${s}.${spec.name}`, spec.columns.map(([c]) => c), fresh);
      }
    },
    async finish() {
      // Nothing held back.
    },
  };
}
