import { createWriteStream } from 'node:fs';
import { access, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { newsDocuments } from './news-corpus.js';

/**
 * `newsDocuments(count)` as an NDJSON file of `POST /documents` bodies in the temp directory,
 * written once and found again by later runs (the generator is seeded, so the file's content
 * depends on the count and seed alone).
 */
export async function newsCorpusFile(count: number, seed = 7): Promise<string> {
  const path = join(tmpdir(), `newsledger-news-corpus-${count}-seed${seed}.ndjson`);
  if (await access(path).then(() => true, () => false)) return path;
  const partial = `${path}.${process.pid}.partial`;
  const out = createWriteStream(partial);
  for (const text of newsDocuments(count, { seed })) {
    if (!out.write(`${JSON.stringify({ text })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await rename(partial, path);
  return path;
}
