import type {
  CurrentEventsEntry,
  EntrySource,
  EntryVersion,
  RelatedEntry,
} from '../../domain/stories/current-events-entry.js';
import { dateInNewsPath } from '../../domain/stories/story-identity.js';
import type { StoryVersionLabel } from '../../domain/stories/story-events.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { readListLink } from './markdown-list-link.js';
import { checkDocumentText } from './text-checks.js';

const DATE_HEADING = /^[ \t]*#{1,6}[ \t]*\[[ \t]*(\d{4})-(\d{1,2})-(\d{1,2})[ \t]*\](?:\([^)]*\))?[ \t]*$/;
const HEADLINE = /^[ \t]*#(?!#)[ \t]*(.*\S)[ \t]*$/;
const SECTION_HEADING = /^[ \t]*#{2,6}[ \t]*([A-Za-z][A-Za-z ]*?)[ \t]*:?[ \t]*$/;
const CONTEXT_TAIL = /^_[ \t]*Context[ \t]*:(.*)_$/;
// `_2017-08-02 07:30:05 (First version)_` or, for the current version, `_(Current version)_`.
const VERSION_TAIL =
  /^_[ \t]*(?:(\d{4}-\d{2}-\d{2})[ \tT]+(\d{2}:\d{2}(?::\d{2})?))?[ \t]*\([ \t]*([^)]*?)[ \t]*\)[ \t]*_$/;
const LABELS: ReadonlyMap<string, StoryVersionLabel> = new Map([
  ['first version', 'First version'],
  ['update', 'Update'],
  ['current version', 'Current version'],
]);

type SectionName = 'source' | 'related' | 'changes';

interface Line {
  readonly number: number;
  readonly text: string;
}

const sectionName = (heading: string): SectionName | null => {
  const name = heading.toLowerCase();
  if (name === 'source' || name === 'sources') return 'source';
  return name === 'related' || name === 'changes' ? name : null;
};

/** `YYYY-MM-DD` zero-padded, or null when it is not a calendar day. */
function calendarDay(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The entry gives local-looking timestamps without a zone; they are read as UTC. */
function utcTimestamp(day: string, time: string): string | null {
  const iso = `${day}T${time.length === 5 ? `${time}:00` : time}Z`;
  const date = new Date(iso);
  return !Number.isNaN(date.getTime()) && date.toISOString() === iso.replace('Z', '.000Z') ? iso : null;
}

const malformed = (line: Line, what: string): DocumentParseError =>
  parseError('MALFORMED_LINE', `Line ${line.number}: ${what}: ${line.text.trim().slice(0, 120)}`, line.number);

function readSource(line: Line): Result<EntrySource, DocumentParseError> {
  const link = readListLink(line.text);
  if (link === null) return err(malformed(line, 'not a numbered source link'));
  return ok({ name: link.title, url: link.target });
}

function readRelated(line: Line): Result<RelatedEntry, DocumentParseError> {
  const link = readListLink(line.text);
  if (link === null) return err(malformed(line, 'not a numbered related-entry link'));
  const context = CONTEXT_TAIL.exec(link.tail);
  if (link.tail !== '' && context === null) {
    return err(malformed(line, 'text after the link is not a _Context: ..._ list'));
  }
  const contextTags = (context?.[1] ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  return ok({ headline: link.title, path: link.target, date: dateInNewsPath(link.target), contextTags });
}

function readVersion(line: Line, version: number): Result<EntryVersion, DocumentParseError> {
  const link = readListLink(line.text);
  if (link === null) return err(malformed(line, 'not a numbered version link'));
  const tail = VERSION_TAIL.exec(link.tail);
  if (tail === null) return err(malformed(line, 'no _timestamp (label)_ after the link'));
  const [, day, time, labelText] = tail;
  const label = LABELS.get(labelText!.toLowerCase().replace(/\s+/g, ' '));
  if (label === undefined) return err(malformed(line, `unknown version label "${labelText}"`));
  const knownAt = day === undefined ? null : utcTimestamp(day, time!);
  if (day !== undefined && knownAt === null) return err(malformed(line, 'the timestamp is not a real time'));
  return ok({ version, title: link.title, path: link.target, knownAt, label });
}

function readAll<T>(
  lines: readonly Line[],
  read: (line: Line, position: number) => Result<T, DocumentParseError>,
): Result<T[], DocumentParseError> {
  const items: T[] = [];
  for (const line of lines) {
    const item = read(line, items.length + 1);
    if (!item.ok) return item;
    items.push(item.value);
  }
  return ok(items);
}

/**
 * Reads a current-events entry: the dated heading, `# headline`, the summary, then the
 * `### Source:`, `### Related:` and `### Changes:` lists. Changes is required (it names the
 * story); Source and Related may be missing. Unknown `###` sections are skipped.
 */
export function parseCurrentEventsEntry(text: string): Result<CurrentEventsEntry, DocumentParseError> {
  const checked = checkDocumentText(text);
  if (!checked.ok) return err(checked.error);

  const lines = text
    .split('\n')
    .map((line, index) => ({ number: index + 1, text: line.replace(/\r$/, '') }))
    .filter((line) => line.text.trim().length > 0);

  const dateMatch = lines[0] === undefined ? null : DATE_HEADING.exec(lines[0].text);
  const date = dateMatch === null ? null : calendarDay(dateMatch[1]!, dateMatch[2]!, dateMatch[3]!);
  if (date === null) {
    const message = 'The entry does not open with a dated heading such as ### [2017-07-30](...)';
    return err(parseError('MISSING_ENTRY_DATE', message, lines[0]?.number ?? null));
  }
  const headline = lines[1] === undefined ? null : HEADLINE.exec(lines[1].text);
  if (headline === null) {
    const message = 'The dated heading is not followed by a # headline';
    return err(parseError('MISSING_HEADLINE', message, lines[1]?.number ?? null));
  }

  const summary: string[] = [];
  const sections = new Map<SectionName | 'ignored', Line[]>();
  let current: SectionName | 'ignored' | null = null;
  for (const line of lines.slice(2)) {
    const heading = SECTION_HEADING.exec(line.text);
    if (heading) {
      current = sectionName(heading[1]!) ?? 'ignored';
      if (!sections.has(current)) sections.set(current, []);
    } else if (current === null) {
      summary.push(line.text.trim());
    } else {
      sections.get(current)!.push(line);
    }
  }

  const changes = sections.get('changes') ?? [];
  if (changes.length === 0) {
    return err(parseError('MISSING_SECTION', 'The entry has no ### Changes: list of versions'));
  }
  const versions = readAll(changes, readVersion);
  if (!versions.ok) return versions;
  const sources = readAll(sections.get('source') ?? [], readSource);
  if (!sources.ok) return sources;
  const related = readAll(sections.get('related') ?? [], readRelated);
  if (!related.ok) return related;

  return ok({
    date,
    headline: headline[1]!,
    summary: summary.length === 0 ? null : summary.join('\n'),
    sources: sources.value,
    related: related.value,
    versions: versions.value,
  });
}
