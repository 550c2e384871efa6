import { decodeHTML } from 'entities';
import MarkdownIt from 'markdown-it';
import type {
  CurrentEventsEntry,
  EntrySection,
  EntrySource,
  EntryVersion,
  RelatedEntry,
} from '../../domain/stories/current-events-entry.js';
import type { StoryVersionLabel } from '../../domain/stories/story-events.js';
import { dateInNewsPath, slugOfPath } from '../../domain/stories/story-identity.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { checkDocumentText, MAX_TEXT_LENGTH, textTooLong } from './text-checks.js';
import { lineRanges, type TextSpan, trimmedSpan } from './text-span.js';

/** Where the entry's own words are in the text as given: all the extractor may read. */
export interface EntrySpans {
  readonly headline: TextSpan;
  readonly summary: readonly TextSpan[];
}

export type ParsedCurrentEventsEntry = CurrentEventsEntry & { readonly spans: EntrySpans };

const DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const TIMESTAMP = /(\d{4}-\d{2}-\d{2})[ \tT]+(\d{2}:\d{2}(?::\d{2})?)/;
const LABEL = /\(([^()]*)\)/;
const CONTEXT = /Context\s*:(.*)$/s;
const FORMATS_HEADING = /^formats\s*:?$/i;
const IMAGE_URL = /\.(?:jpe?g|png|gif|webp|svg|bmp)(?:[?#].*)?$/i;
const LABELS: ReadonlyMap<string, StoryVersionLabel> = new Map([
  ['first version', 'First version'],
  ['update', 'Update'],
  ['current version', 'Current version'],
]);

// CommonMark without extensions: no autolinked bare urls, no tables, no raw HTML rendering.
// Link targets stay as written (entities decoded), not percent-encoded for HTML output.
const markdown = new MarkdownIt('commonmark');
markdown.normalizeLink = (url: string): string => url;
type Token = ReturnType<typeof markdown.parse>[number];

type SectionName = 'sources' | 'related' | 'changes';

/** A top-level block of the entry: a heading, a paragraph, a list item, or anything else. */
interface Block {
  readonly kind: 'heading' | 'paragraph' | 'item' | 'other';
  /** Heading level (1 for `#`). */
  readonly depth: number;
  /** 0-based [first line, line after the last]. */
  readonly lines: readonly [number, number];
  readonly inlines: readonly Token[];
  /** Text of a block without inline content (code, raw HTML). */
  readonly raw: string;
}

function inlineText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') text += token.content;
    else if (token.type === 'image') text += inlineText(token.children ?? []);
  }
  return text;
}

/**
 * Plain text with the HTML entities the mirror left (`&quot;`, `&#39;`, double-escaped ones)
 * decoded: the one place they are. Inner spacing stays as written.
 */
const clean = (text: string): string => decodeHTML(text).trim();

const plain = (block: Block): string =>
  clean(block.inlines.length === 0 ? block.raw : block.inlines.map((t) => inlineText(t.children ?? [])).join(' '));

function blocksOf(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  const range = (token: Token): [number, number] => (token.map ? [token.map[0], token.map[1]] : [0, 0]);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0) continue;
    if (token.type === 'heading_open' || token.type === 'paragraph_open') {
      const kind = token.type === 'heading_open' ? 'heading' : 'paragraph';
      blocks.push({ kind, depth: Number(token.tag.slice(1)) || 0, lines: range(token), inlines: [tokens[i + 1]!], raw: '' });
    } else if (token.nesting === 1) {
      // A container: a list gives one block per item, anything else one block.
      const isList = token.type === 'ordered_list_open' || token.type === 'bullet_list_open';
      let other: Token[] = [];
      for (i++; i < tokens.length && !(tokens[i]!.level === 0 && tokens[i]!.nesting === -1); i++) {
        const inner = tokens[i]!;
        if (isList && inner.type === 'list_item_open' && inner.level === 1) {
          other = [];
          blocks.push({ kind: 'item', depth: 0, lines: range(inner), inlines: other, raw: '' });
        } else if (inner.type === 'inline' && (!isList || other.length === 0)) {
          other.push(inner);
        }
      }
      if (!isList) blocks.push({ kind: 'other', depth: 0, lines: range(token), inlines: other, raw: '' });
    } else if (token.nesting === 0 && token.type !== 'inline') {
      blocks.push({ kind: 'other', depth: 0, lines: range(token), inlines: [], raw: token.content });
    }
  }
  return blocks;
}

function sectionName(heading: string): SectionName | null {
  const name = heading.replace(/:\s*$/, '').trim().toLowerCase();
  if (name === 'source' || name === 'sources') return 'sources';
  return name === 'related' || name === 'changes' ? name : null;
}

/** `YYYY-MM-DD` zero-padded, or null when it is not a calendar day. */
function calendarDay(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The entry gives timestamps without a zone; they are read as UTC. Null when not a real time. */
function utcTimestamp(day: string, time: string): string | null {
  const iso = `${day}T${time.length === 5 ? `${time}:00` : time}Z`;
  const date = new Date(iso);
  return !Number.isNaN(date.getTime()) && date.toISOString() === iso.replace('Z', '.000Z') ? iso : null;
}

const rejected = (block: Block, expected: string): DocumentParseError => {
  const line = block.lines[0] + 1;
  return parseError('MALFORMED_LINE', `Line ${line}: expected ${expected}`, line);
};

/** The link of a list item and the text after it. */
interface ItemLink {
  readonly url: string;
  readonly title: string;
  readonly tail: string;
}

function itemLink(item: Block, prefer: (url: string) => boolean): ItemLink | null {
  const children = item.inlines[0]?.children ?? [];
  const opens = children.filter((t) => t.type === 'link_open');
  const open = opens.filter((t) => prefer(String(t.attrGet('href') ?? ''))).at(-1) ?? opens[0];
  if (open === undefined) return null;
  const at = children.indexOf(open);
  const close = children.findIndex((t, i) => i > at && t.type === 'link_close');
  const before = inlineText(children.slice(0, at)).trimStart();
  const linkText = inlineText(children.slice(at + 1, close));
  // `[A [ B](path)`: the item's opening bracket did not make a link, the inner one did; both are text.
  const title = clean(before.startsWith('[') ? `${before.slice(1)}[${linkText}` : linkText);
  return { url: String(open.attrGet('href') ?? ''), title, tail: clean(inlineText(children.slice(close + 1))) };
}

const itemsOf = (blocks: readonly Block[]): Block[] => blocks.filter((b) => b.kind === 'item');

function readSources(blocks: readonly Block[]): Result<EntrySource[], DocumentParseError> {
  const sources: EntrySource[] = [];
  for (const item of itemsOf(blocks)) {
    if (item.inlines[0]?.children?.some((t) => t.type === 'image')) continue;
    const found = itemLink(item, () => true);
    if (found === null) return err(rejected(item, 'a source link such as 1. [Outlet](https://...)'));
    // A cover picture is listed among the sources but reports nothing.
    if (/^cover image$/i.test(found.title) || IMAGE_URL.test(found.url)) continue;
    sources.push({ name: found.title, url: found.url });
  }
  return ok(sources);
}

const isNewsPath = (url: string): boolean => dateInNewsPath(url) !== null;

function readRelated(blocks: readonly Block[]): Result<RelatedEntry[], DocumentParseError> {
  const related: RelatedEntry[] = [];
  for (const item of itemsOf(blocks)) {
    const found = itemLink(item, isNewsPath);
    if (found === null) return err(rejected(item, 'a related-entry link such as 1. [Headline](/news/2017/07/1/slug.md) _Context: ..._'));
    const contextTags = (CONTEXT.exec(found.tail)?.[1] ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag.length > 0);
    related.push({ headline: found.title, path: found.url, slug: slugOfPath(found.url), date: dateInNewsPath(found.url), contextTags });
  }
  return ok(related);
}

function readVersions(blocks: readonly Block[]): Result<EntryVersion[], DocumentParseError> {
  const versions: EntryVersion[] = [];
  for (const item of itemsOf(blocks)) {
    const found = itemLink(item, isNewsPath);
    if (found === null) return err(rejected(item, 'a version link such as 1. [Headline](/news/...md) _2017-08-02 07:30:05 (First version)_'));
    const stamp = TIMESTAMP.exec(found.tail);
    const knownAt = stamp === null ? null : utcTimestamp(stamp[1]!, stamp[2]!);
    if (stamp !== null && knownAt === null) return err(rejected(item, `a real time after the version link, found "${stamp[0]}"`));
    const labelText = LABEL.exec(found.tail)?.[1]?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
    versions.push({
      version: versions.length + 1,
      title: found.title,
      path: found.url,
      slug: slugOfPath(found.url),
      knownAt,
      // The mirror has three labels; anything else is an intermediate version.
      label: LABELS.get(labelText) ?? 'Update',
    });
  }
  return ok(versions);
}

/**
 * How many headings link to an entry page (`### [Headline](/news/2017/07/1/slug.md)`): the
 * shape of a day's index, which lists that day's entries where an entry has its `# headline`.
 */
function dayIndexItems(blocks: readonly Block[]): number {
  return blocks.filter((b) => {
    if (b.kind !== 'heading') return false;
    const href = b.inlines[0]?.children?.find((t) => t.type === 'link_open')?.attrGet('href');
    return typeof href === 'string' && slugOfPath(href) !== 'index' && isNewsPath(href);
  }).length;
}

/** The span of a block's lines in the text; for a heading, only its words (markers cut off). */
function spanOf(text: string, lines: readonly { start: number; end: number }[], block: Block): TextSpan | null {
  const first = lines[block.lines[0]];
  const last = lines[Math.max(block.lines[0], block.lines[1] - 1)];
  if (first === undefined || last === undefined) return null;
  const content = block.inlines[0]?.content ?? '';
  const at = block.kind === 'heading' && content !== '' ? text.indexOf(content, first.start) : -1;
  return at !== -1 && at + content.length <= last.end ? trimmedSpan(text, at, at + content.length) : trimmedSpan(text, first.start, last.end);
}

/**
 * Reads a current-events entry from its CommonMark structure (markdown-it): an optional
 * `Formats:` line or list, the dated heading (`### [2017-07-1](...)`, day not always padded), an optional
 * category heading, the `# headline`, the summary, then sections in any order: `### Source(s):`,
 * `### Related:`, `### Changes:` and any others, which are kept as text. Only the date and the
 * headline are required. Text fields are entity-decoded; the spans point into `text` as given.
 */
export function parseCurrentEventsEntry(text: string): Result<ParsedCurrentEventsEntry, DocumentParseError> {
  // Ingestion parses an entry, then extraction asks for its spans: the second read is the first's.
  if (text !== lastParsed.text) lastParsed = { text, result: parseEntry(text) };
  return lastParsed.result;
}

let lastParsed: { readonly text: string; readonly result: Result<ParsedCurrentEventsEntry, DocumentParseError> } = {
  text: '',
  result: err(parseError('EMPTY_DOCUMENT', 'The document has no text')),
};

function parseEntry(text: string): Result<ParsedCurrentEventsEntry, DocumentParseError> {
  const checked = checkDocumentText(text);
  if (!checked.ok) return err(checked.error);
  // Real entries are 2 to 10 KB; Markdown parsing of hostile bracket noise is linear but slow.
  if (text.length > MAX_TEXT_LENGTH) return err(textTooLong(text.length));
  const blocks = blocksOf(markdown.parse(text, {}));

  // A `### Formats:` heading (and its list of links) may come first; the date heading follows it.
  const dateAt = blocks.findIndex((b) => b.kind === 'heading' && !FORMATS_HEADING.test(plain(b)));
  const dateHeading = blocks[dateAt];
  const dateMatch = dateHeading === undefined ? null : DATE.exec(plain(dateHeading));
  const date = dateMatch === null ? null : calendarDay(dateMatch[1]!, dateMatch[2]!, dateMatch[3]!);
  if (dateHeading === undefined || date === null) {
    const line = dateHeading === undefined ? 1 : dateHeading.lines[0] + 1;
    const found = dateHeading === undefined ? 'no heading' : `"${plain(dateHeading).slice(0, 80)}"`;
    const message = `Line ${line}: expected the dated heading of an entry such as ### [2017-07-30](/news/2017/07/30/index.md), found ${found}`;
    return err(parseError('MISSING_ENTRY_DATE', message, line));
  }

  let category: string | null = null;
  let headline: Block | null = null;
  const summary: Block[] = [];
  const sections: { heading: Block; blocks: Block[] }[] = [];
  for (const block of blocks.slice(dateAt + 1)) {
    if (headline === null) {
      if (block.kind !== 'heading') continue;
      if (block.depth === 1) headline = block;
      else if (sectionName(plain(block)) === null) category = plain(block) || null;
      else break;
    } else if (block.kind === 'heading') {
      sections.push({ heading: block, blocks: [] });
    } else if (sections.length === 0) {
      summary.push(block);
    } else {
      sections.at(-1)!.blocks.push(block);
    }
  }
  const lines = lineRanges(text);
  const headlineSpan = headline === null ? null : spanOf(text, lines, headline);
  if (headline === null) {
    const listed = dayIndexItems(blocks.slice(dateAt + 1));
    if (listed > 0) {
      const line = dateHeading.lines[0] + 1;
      const message = `Line ${line}: this is the portal's index of the day ${date} (an index.md or README.md listing ${listed} entries), not an entry; import the entry files it links to`;
      return err(parseError('DAY_INDEX', message, line));
    }
  }
  if (headline === null || headlineSpan === null || plain(headline) === '') {
    const line = dateHeading.lines[1] + 1;
    const message = `Line ${line}: expected a # headline after the dated heading (and its optional category heading)`;
    return err(parseError('MISSING_HEADLINE', message, line));
  }

  const known: Record<SectionName, Block[]> = { sources: [], related: [], changes: [] };
  const otherSections: EntrySection[] = [];
  for (const section of sections) {
    const name = sectionName(plain(section.heading));
    if (name === null) {
      otherSections.push({ heading: plain(section.heading).replace(/:$/, ''), text: section.blocks.map(plain).join('\n') });
    } else {
      known[name].push(...section.blocks);
    }
  }
  const sources = readSources(known.sources);
  if (!sources.ok) return sources;
  const related = readRelated(known.related);
  if (!related.ok) return related;
  const versions = readVersions(known.changes);
  if (!versions.ok) return versions;

  const summaryText = summary.map(plain).filter((t) => t.length > 0).join('\n');
  return ok({
    date,
    headline: plain(headline),
    category,
    summary: summaryText.length === 0 ? null : summaryText,
    sources: sources.value,
    related: related.value,
    versions: versions.value,
    otherSections,
    spans: {
      headline: headlineSpan,
      summary: summary.map((b) => spanOf(text, lines, b)).filter((s): s is TextSpan => s !== null),
    },
  });
}
