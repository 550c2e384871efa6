import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import type { Page } from '../../projections/read-query/page-cursor.js';

export type ExportFormat = 'csv' | 'ndjson' | 'timelinejs';

const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
  timelinejs: 'application/vnd.timelinejs+json',
};

/**
 * The export `format` asked for, by the `format` query parameter or else by Accept (a client
 * that asks for text/csv first gets CSV); null for the paged JSON list.
 */
export function exportFormat(request: Request, format: string | undefined, offered: readonly ExportFormat[]): ExportFormat | null {
  if (format !== undefined) return format === 'json' ? null : (format as ExportFormat);
  const preferred = request.accepts(['application/json', ...offered.map((f) => MEDIA_TYPES[f])]);
  return offered.find((f) => MEDIA_TYPES[f] === preferred) ?? null;
}

/** A party in two CSV columns: its country (or organisation) and its name. */
export const partyColumns = (party: { country: string | null; organisation: string | null; name: string | null }): [string, string] => [
  party.country ?? party.organisation ?? '',
  party.name ?? '',
];

/** Every page from `first` on, read one at a time, so an export of any size holds one page in memory. */
export async function* allPages<T>(read: (after: string | null) => Promise<Page<T>>, first: string | null): AsyncGenerator<T> {
  let cursor = first;
  do {
    const page = await read(cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor !== null);
}

function startDownload(response: Response, contentType: string, filename: string): void {
  response.status(200);
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
}

/** Writes `rows` as CSV with a header line, waiting for the client whenever it reads slower. */
export async function sendCsv<T>(response: Response, filename: string, columns: readonly string[], rows: AsyncIterable<T>, toRecord: (row: T) => unknown[]): Promise<void> {
  startDownload(response, 'text/csv; charset=utf-8', filename);
  const csv = stringify({ header: true, columns: [...columns] });
  csv.pipe(response);
  for await (const row of rows) {
    if (!csv.write(toRecord(row))) await once(csv, 'drain');
  }
  csv.end();
  await once(csv, 'end');
}

/** Writes `rows` as newline-delimited JSON. */
export async function sendNdjson<T>(response: Response, filename: string, rows: AsyncIterable<T>): Promise<void> {
  startDownload(response, 'application/x-ndjson; charset=utf-8', filename);
  for await (const row of rows) {
    if (!response.write(`${JSON.stringify(row)}\n`)) await once(response, 'drain');
  }
  response.end();
}

/** Writes `{...head, events: [rows]}`, one event at a time. */
export async function sendJsonWithEvents<T>(response: Response, filename: string, head: Record<string, unknown>, rows: AsyncIterable<T>): Promise<void> {
  startDownload(response, 'application/json; charset=utf-8', filename);
  response.write(`${JSON.stringify(head).slice(0, -1)}${Object.keys(head).length > 0 ? ',' : ''}"events":[`);
  let first = true;
  for await (const row of rows) {
    if (!response.write(`${first ? '' : ','}${JSON.stringify(row)}`)) await once(response, 'drain');
    first = false;
  }
  response.end(']}');
}
