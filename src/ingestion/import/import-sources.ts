import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DocumentSubmission } from '../ingest-document/ingest-document.js';
import type { Rejection } from './ingest-batch.js';

/** One thing to import: a readable submission, or a rejection found before parsing. */
export type ImportItem =
  | { readonly source: string; readonly submission: DocumentSubmission }
  | { readonly source: string; readonly rejection: Rejection };

export const IMPORTED_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.txt', '.json', '.html', '.htm']);

/** Larger files are rejected unread: no document is near it, and reading one would hold it in memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const rejection = (code: string, message: string, details: Record<string, unknown> = {}): Rejection => ({
  code,
  message,
  details,
});

/** A file the walk found, or a directory it could not read and why. */
export type WalkedPath = { readonly path: string } | { readonly path: string; readonly error: string };

/**
 * The files under `roots`, depth first, each directory's entries in name order so that every run
 * meets them in the same order. Directories are read one at a time as the walk gets to them;
 * dot-files, symbolic links and other extensions are passed over. A root that does not exist
 * ends the walk (the command line is wrong); a directory below it that cannot be read is reported
 * and passed over.
 */
export async function* walkImportFiles(roots: readonly string[]): AsyncGenerator<WalkedPath> {
  for (const root of roots) {
    if ((await stat(root)).isDirectory()) yield* walkDirectory(root);
    else yield { path: root };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<WalkedPath> {
  const names: { name: string; directory: boolean }[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) names.push({ name: entry.name, directory: true });
      else if (entry.isFile() && IMPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        names.push({ name: entry.name, directory: false });
      }
    }
  } catch (error) {
    yield { path: dir, error: (error as Error).message };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, directory } of names) {
    if (directory) yield* walkDirectory(join(dir, name));
    else yield { path: join(dir, name) };
  }
}

/** What the walk found, as items to import: a directory it could not read is a rejection. */
export async function* importFiles(roots: readonly string[]): AsyncGenerator<ImportItem> {
  for await (const walked of walkImportFiles(roots)) {
    yield 'error' in walked
      ? { source: walked.path, rejection: rejection('UNREADABLE', walked.error) }
      : await readImportFile(walked.path);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file as a submission: its text, exactly as stored (a byte-order mark aside). What the parser
 * decides (kind, JSON or HTML shape) is the parser's; this only refuses what is not text.
 */
export async function readImportFile(path: string): Promise<ImportItem> {
  if (!IMPORTED_EXTENSIONS.has(extname(path).toLowerCase())) {
    const message = `Only ${[...IMPORTED_EXTENSIONS].join(', ')} files are imported`;
    return { source: path, rejection: rejection('UNSUPPORTED_FILE', message) };
  }
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) {
      const message = `${size} bytes; files over ${MAX_FILE_BYTES} bytes are not read`;
      return { source: path, rejection: rejection('DOCUMENT_TOO_LARGE', message) };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { source: path, rejection: rejection('UNREADABLE', (error as Error).message) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { source: path, rejection: rejection('BINARY_CONTENT', `A NUL byte at offset ${nul}: not a text file`) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { source: path, rejection: rejection('INVALID_ENCODING', 'The file is not valid UTF-8') };
  }
  return { source: path, submission: { text: text.replace(/^\ufeff/, '') } };
}

/** Checks one parsed NDJSON line and returns its submission, or why it holds none. */
export type SubmissionCheck = (value: unknown) => DocumentSubmission | string;

/**
 * NDJSON, one `POST /documents` body per line; a line that is not one is rejected with its
 * line number as the source. `check` is the API's own validation of a body.
 */
export async function* readNdjson(input: Readable, check: SubmissionCheck, name = 'stdin'): AsyncGenerator<ImportItem> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    const source = `${name}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      yield { source, rejection: rejection('INVALID_LINE', 'The line is not JSON') };
      continue;
    }
    const submission = check(value);
    yield typeof submission === 'string'
      ? { source, rejection: rejection('INVALID_LINE', submission) }
      : { source, submission };
  }
}
