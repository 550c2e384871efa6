import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../domain/shared/result.js';
import type { SeedFactError, SeedFactRecord } from './seed-fact-record.js';
import { readSeedFactRecord } from './seed-fact-record-reader.js';

const filesEndingWith = async (dir: string, extension: string): Promise<string[]> =>
  (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();

/** The seed documents of a folder, by file name, decoded as UTF-8 exactly as stored. */
export async function readSeedDocuments(dir: string): Promise<ReadonlyMap<string, string>> {
  const files = await filesEndingWith(dir, '.txt');
  const texts = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
  return new Map(files.map((file, i) => [file, texts[i]!]));
}

/** Every curated fact of a folder; all the files' problems at once when any is invalid. */
export async function readSeedFactRecords(
  dir: string,
): Promise<Result<readonly SeedFactRecord[], readonly SeedFactError[]>> {
  const records: SeedFactRecord[] = [];
  const errors: SeedFactError[] = [];
  for (const file of await filesEndingWith(dir, '.json')) {
    const source = await readFile(join(dir, file), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (error) {
      const message = `${file}: not JSON (${(error as Error).message})`;
      errors.push({ code: 'INVALID_RECORD', file, factId: null, document: null, message });
      continue;
    }
    const record = readSeedFactRecord(json, file);
    if (record.ok) records.push(record.value);
    else errors.push(record.error);
  }
  return errors.length > 0 ? err(errors) : ok(records);
}
